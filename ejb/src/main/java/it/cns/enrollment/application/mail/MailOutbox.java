package it.cns.enrollment.application.mail;

import it.cns.enrollment.application.port.MailBodySealer;
import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.application.security.Audited;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.RefusalSubject;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.mail.OutboundMail;
import it.cns.enrollment.domain.mail.OutboundMailRepository;
import it.cns.enrollment.domain.mail.OutgoingMail;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * The persistent e-mail outbox: a mail is stored (body sealed) in the transaction of the operation
 * that writes it, so it exists if and only if that operation commits; {@link MailDelivery} sends it
 * right after the commit and, should that fail, again with back-off until it goes or is given up.
 * The operator sees the state by reference and may ask for an immediate retry.
 */
@Stateless
public class MailOutbox {

  /** Audit outcome of an operator's retry request. */
  static final String OUTCOME_RETRY_REQUESTED = "RETRY_REQUESTED";

  private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

  @Inject OutboundMailRepository mails;
  @Inject MailBodySealer sealer;
  @Inject AuditRecorder audit;
  @Inject Clock clock;
  @Inject Caller caller;
  @Inject Event<MailEnqueued> enqueued;

  /**
   * Stores the mail sealed, in the caller's transaction (MANDATORY): it commits with the activation
   * or not at all. Returns the outbox id. The caller may wipe {@code mail.body()} afterwards.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public long enqueue(OutgoingMail mail) {
    Objects.requireNonNull(mail, "mail is required");
    byte[] associatedData =
        OutboundMail.associatedData(mail.kind(), mail.reference(), mail.recipient());
    byte[] sealed = sealer.seal(mail.body(), associatedData);
    OutboundMail row = OutboundMail.pending(mail, sealed, clock.instant());
    mails.add(row);
    // Delivered to the observer only if the transaction commits (TransactionPhase.AFTER_SUCCESS).
    enqueued.fire(new MailEnqueued(row.id()));
    LOG.info(() -> "mail " + row.id() + " enqueued: " + describe(row));
    return row.id();
  }

  /**
   * State of the mails for a reference (e.g. "activation:42"), newest first, for the operator's
   * pages.
   */
  public List<MailState> stateOf(String reference) {
    Objects.requireNonNull(reference, "reference is required");
    return mails.findByReference(reference).stream().map(MailState::of).toList();
  }

  /**
   * Operator action: try a PENDING mail again now (it is sent right after this commits). A SENT
   * mail, or a FAILED one whose body was erased, cannot be resent: {@code MAIL_NOT_RESENDABLE}; an
   * unknown id is {@code INVALID_REQUEST}. Both refusals are audited.
   */
  @Audited(AuditAction.MAIL_DELIVERY)
  public void retryNow(long id) {
    RefusalSubject.detail("mail", id);
    OutboundMail mail =
        mails
            .findForUpdate(id)
            .orElseThrow(
                () -> new BusinessRefusal(ErrorCode.INVALID_REQUEST, "no outbox mail " + id));
    mail.retryNow(clock.instant());
    audit.recordChange(
        AuditEvent.of(
                AuditAction.MAIL_DELIVERY, caller.channel(), caller.auditName(), clock.instant())
            .requestId(caller.requestId())
            .outcome(OUTCOME_RETRY_REQUESTED)
            .detail(describe(mail).and("retry", "now"))
            .build());
    enqueued.fire(new MailEnqueued(id));
    LOG.info(() -> "mail " + id + ": " + caller.auditName() + " asked for a retry now");
  }

  /** Kind, reference and masked recipient: what logs and audit details may say of a mail. */
  /** Which mail, for the audit trail: never its recipient in clear. */
  static AuditDetails describe(OutboundMail m) {
    return AuditDetails.of("mail", m.id())
        .and("kind", m.kind())
        .and("reference", m.reference())
        .and("to", m.maskedRecipient());
  }
}
