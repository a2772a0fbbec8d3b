package it.cns.enrollment.application.mail;

import it.cns.enrollment.application.port.MailBodySealer;
import it.cns.enrollment.application.port.MailTransport;
import it.cns.enrollment.application.port.MailTransportException;
import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.mail.EmailAddress;
import it.cns.enrollment.domain.mail.MailSettings;
import it.cns.enrollment.domain.mail.OutboundMail;
import it.cns.enrollment.domain.mail.OutboundMailRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sends outbox mails, each in a transaction of its own that holds the row's lock ({@code FOR UPDATE
 * SKIP LOCKED}): two nodes, or the timer and the after-commit send, never send one mail at the same
 * time. On success the row becomes SENT and loses its body; on failure it counts the attempt, keeps
 * a short reason and waits (back-off), and after the last attempt becomes FAILED and loses its
 * body. Sends and give-ups are audited (channel SYSTEM, actor "system").
 *
 * <p>Delivery is at least once: should the database fail to record a mail the relay accepted, it is
 * sent again later (same Message-ID).
 */
@Stateless
public class MailDelivery {

  /** Audit outcome of a mail given up after its last attempt. */
  public static final String OUTCOME_GAVE_UP = "GAVE_UP";

  /** At most this many mails per poll; the rest wait for the next one. */
  static final int BATCH = 50;

  /** Always the system, also for a send right after an operator's commit: the outbox sends. */
  static final String SYSTEM_ACTOR = Actor.SYSTEM.auditName();

  private static final int MAX_REASON_LENGTH = 300;

  private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

  /** What one delivery did. */
  public enum Outcome {
    SENT,
    RETRY_LATER,
    GAVE_UP,
    /** Not due, already done, or being sent by someone else. */
    SKIPPED
  }

  @Resource SessionContext context;
  @Inject OutboundMailRepository mails;
  @Inject MailSettings settings;
  @Inject MailBodySealer sealer;
  @Inject MailTransport sender;
  @Inject AuditRecorder audit;
  @Inject Clock clock;

  /** Every due mail (up to {@value #BATCH}), each in its own transaction; how many went out. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int deliverDue() {
    List<Long> due = mails.dueIds(clock.instant(), BATCH);
    MailDelivery self = context.getBusinessObject(MailDelivery.class);
    int sent = 0;
    for (long id : due) {
      if (self.deliver(id) == Outcome.SENT) {
        sent++;
      }
    }
    return sent;
  }

  /**
   * Tries one mail soon, on another thread: called after the enqueuing transaction commits, so the
   * holder gets the mail within seconds. If it fails the timer tries again; nothing depends on it.
   */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void deliverSoon(long id) {
    try {
      context.getBusinessObject(MailDelivery.class).deliver(id);
    } catch (RuntimeException e) {
      LOG.warning(() -> "mail " + id + ": immediate delivery failed, the outbox retries: " + e);
    }
  }

  /** Tries one mail now if it is due and nobody else holds it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Outcome deliver(long id) {
    Optional<OutboundMail> locked = mails.lockIfDue(id, clock.instant());
    if (locked.isEmpty()) {
      return Outcome.SKIPPED;
    }
    OutboundMail mail = locked.get();
    String failure = attempt(mail);
    Instant now = clock.instant();
    if (failure == null) {
      mail.markSent(now);
      record(mail, AuditEvent.OUTCOME_OK, AuditDetails.of("sentAtAttempt", mail.attempts()));
      LOG.info(() -> "mail " + id + " sent: " + MailOutbox.describe(mail));
      return Outcome.SENT;
    }
    boolean gaveUp = mail.recordFailure(failure, now, settings.retrySchedule());
    if (gaveUp) {
      record(
          mail,
          OUTCOME_GAVE_UP,
          AuditDetails.of("attempts", mail.attempts()).and("lastError", failure));
      LOG.warning(
          () ->
              "mail "
                  + id
                  + " given up after "
                  + mail.attempts()
                  + " attempts, body erased: "
                  + MailOutbox.describe(mail)
                  + ": "
                  + failure);
      return Outcome.GAVE_UP;
    }
    LOG.warning(
        () ->
            "mail "
                + id
                + " attempt "
                + mail.attempts()
                + " failed, next at "
                + mail.nextAttemptAt()
                + ": "
                + MailOutbox.describe(mail)
                + ": "
                + failure);
    return Outcome.RETRY_LATER;
  }

  /** Opens the body and sends it; the reason of a failure (no secrets in it), or null. */
  private String attempt(OutboundMail mail) {
    char[] body = null;
    try {
      byte[] sealed = mail.sealedBody().orElseThrow(() -> new IllegalStateException("no body"));
      body = sealer.open(sealed, mail.associatedData());
      sender.send(mail.id(), mail.recipient(), mail.subject(), body);
      return null;
    } catch (Exception e) {
      // Whatever went wrong (relay down or refusing, a body that no longer opens under the current
      // key, a bug) counts as a failed attempt, so the back-off and the give-up still apply.
      return reason(e, mail.recipient());
    } finally {
      if (body != null) {
        Arrays.fill(body, '\0');
      }
    }
  }

  private void record(OutboundMail mail, String outcome, AuditDetails detail) {
    audit.recordChange(
        AuditEvent.of(AuditAction.MAIL_DELIVERY, Channel.SYSTEM, SYSTEM_ACTOR, clock.instant())
            .outcome(outcome)
            .detail(MailOutbox.describe(mail).and(detail))
            .build());
  }

  /**
   * A short description of a failed attempt for the outbox row, the log and the operator: the
   * exception types and messages (SMTP replies), one line, the recipient masked. A transport's
   * failure is described by its cause, the relay's own answer.
   */
  static String reason(Exception e, String recipient) {
    StringBuilder s = new StringBuilder();
    Throwable t = e instanceof MailTransportException && e.getCause() != null ? e.getCause() : e;
    for (int depth = 0; t != null && depth < 3; depth++, t = t.getCause()) {
      if (depth > 0) {
        s.append(" <- ");
      }
      s.append(t.getClass().getSimpleName());
      if (t.getMessage() != null) {
        s.append(": ").append(t.getMessage());
      }
    }
    String text = s.toString().replaceAll("\\s+", " ").strip();
    if (recipient != null && !recipient.isEmpty()) {
      text = text.replace(recipient, EmailAddress.mask(recipient));
    }
    return text.length() <= MAX_REASON_LENGTH
        ? text
        : text.substring(0, MAX_REASON_LENGTH - 1) + "…";
  }
}
