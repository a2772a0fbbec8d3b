package it.cns.enrollment.application.security;

import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.AuditEventRepository;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CertificateRefusedException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Writes audit events. A successful change is recorded in the caller's transaction (it commits or
 * rolls back with the change); a refusal is recorded in a transaction of its own, because the
 * refused operation's transaction is rolled back.
 */
@Stateless
public class AuditRecorder {

  @Inject AuditEventRepository events;
  @Inject Clock clock;
  @Inject Caller caller;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void recordChange(AuditEvent event) {
    append(event);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordRefusal(AuditEvent event) {
    append(event);
  }

  // Every event of a request carries its client address: one place, not every use case.
  private void append(AuditEvent event) {
    if (caller != null) {
      event.arrivedFrom(caller.clientAddress());
    }
    events.append(event);
  }

  /**
   * Records a refusal of an {@link Audited} use case (see {@link AuditedInterceptor}): who asked,
   * the error's stable code, the reason and the subject the use case noted.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordRefusal(
      AuditAction action, Caller caller, RefusalSubject.Notes notes, RuntimeException why) {
    String code;
    String reason;
    if (why instanceof CertificateRefusedException refusal) {
      code = refusal.refusal().code();
      reason = refusal.technicalDetail();
    } else if (why instanceof BusinessRefusal error) {
      code = error.stableCode();
      reason = error.getMessage();
    } else if (why instanceof EJBAccessException) {
      code = ErrorCode.OPERATOR_NOT_PERMITTED.name();
      reason = "role refused by the container";
    } else {
      code = "ERROR";
      reason = why.getClass().getSimpleName();
    }
    AuditEvent.Builder event =
        AuditEvent.of(action, caller.channel(), caller.auditName(), clock.instant())
            .requestId(truncate(caller.requestId(), 64))
            .outcome(code)
            .detail(AuditDetails.of("reason", reason).and(notes.details()));
    if (notes.certificateIssuer() != null) {
      event.certificateOf(notes.certificateIssuer(), notes.certificateSerial());
    }
    event.certificate(notes.certificate());
    if (notes.subjectCf() != null) {
      event.subject(notes.subjectCf());
    }
    // A plain call: this method already runs in the new transaction.
    recordRefusal(event.build());
  }

  /**
   * Records that an {@link Audited#reads()} use case answered: who asked, about whom, and the named
   * values it noted (never the data it disclosed). Joins the use case's transaction, if any.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void recordRead(AuditAction action, Caller caller, RefusalSubject.Notes notes) {
    AuditEvent.Builder event =
        AuditEvent.of(action, caller.channel(), caller.auditName(), clock.instant())
            .requestId(truncate(caller.requestId(), 64))
            .detail(notes.details());
    if (notes.certificateIssuer() != null) {
      event.certificateOf(notes.certificateIssuer(), notes.certificateSerial());
    }
    event.certificate(notes.certificate());
    if (notes.subjectCf() != null) {
      event.subject(notes.subjectCf());
    }
    append(event.build());
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
