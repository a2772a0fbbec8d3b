package it.cns.enrollment.application;

import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.AuditEventRepository;
import it.cns.enrollment.domain.error.EnrollmentException;
import it.cns.enrollment.domain.identity.CertificateRefusedException;
import it.cns.enrollment.domain.identity.CnsCertificate;
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

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void recordChange(AuditEvent event) {
    events.append(event);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordRefusal(AuditEvent event) {
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
    } else if (why instanceof EnrollmentException error) {
      code = error.stableCode();
      reason = error.getMessage();
    } else {
      code = "ERROR";
      reason = why.getClass().getSimpleName();
    }
    AuditEvent.Builder event =
        AuditEvent.of(action, caller.channel(), caller.auditName(), clock.instant())
            .certificate(notes.certificate())
            .requestId(caller.requestId())
            .outcome(code)
            .detail(AuditDetails.of("reason", reason).and(notes.details()));
    if (notes.subjectCf() != null) {
      event.subject(notes.subjectCf());
    }
    // A plain call: this method already runs in the new transaction.
    recordRefusal(event.build());
  }

  /**
   * Records why an action about a person was refused: the typed error, and the person's codice
   * fiscale when it is known (null otherwise - never other typed text).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordRefusalAbout(
      AuditAction action, RequestContext context, String subjectCf, EnrollmentException why) {
    // A plain call: this method already runs in the new transaction.
    recordRefusal(
        AuditEvent.of(action, context.channel(), context.actor(), clock.instant())
            .subject(subjectCf)
            .requestId(context.requestId())
            .outcome(why.stableCode())
            .detail(why.getMessage())
            .build());
  }

  /**
   * Records why an action was refused (a typed domain error or a certificate refusal), with the
   * certificate if it was read before the refusal.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordRefusal(
      AuditAction action,
      RequestContext context,
      CnsCertificate certificate,
      RuntimeException why) {
    String code;
    String detail;
    if (why instanceof CertificateRefusedException refusal) {
      code = refusal.refusal().code();
      detail = refusal.technicalDetail();
    } else if (why instanceof EnrollmentException error) {
      code = error.stableCode();
      detail = error.getMessage();
    } else {
      code = "ERROR";
      detail = why.getClass().getSimpleName();
    }
    // A plain call: this method already runs in the new transaction.
    recordRefusal(
        AuditEvent.of(action, context.channel(), context.actor(), clock.instant())
            .certificate(certificate)
            .requestId(context.requestId())
            .outcome(code)
            .detail(detail)
            .build());
  }
}
