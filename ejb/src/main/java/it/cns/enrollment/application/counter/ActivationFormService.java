package it.cns.enrollment.application.counter;

import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.domain.activation.TsCnsActivation;
import it.cns.enrollment.domain.activation.TsCnsActivationRepository;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The TS-CNS activation form's hand-out: the record that the form of an activation's current
 * generation of codes was handed out. The form itself comes with the activation ({@link
 * ActivationOutcome}); its bytes are never stored: the page that holds them hands them out once.
 */
@Stateless
public class ActivationFormService {

  @Inject TsCnsActivationRepository activations;
  @Inject AuditRecorder audit;
  @Inject Clock clock;
  @Inject Caller caller;

  /** Records that the form of this activation's codes generation was handed out (downloaded). */
  public void recordHandOut(long activationId, int codesGeneration) {
    TsCnsActivation a = current(activationId, codesGeneration);
    audit.recordChange(
        AuditEvent.of(
                AuditAction.ACTIVATION_FORM, caller.channel(), caller.auditName(), clock.instant())
            .subject(a.holder().toString())
            .requestId(caller.requestId())
            .detail(
                AuditDetails.of("card", a.cardId().masked())
                    .and("codesGeneration", codesGeneration)
                    .and("form", "handed out"))
            .build());
  }

  private TsCnsActivation current(long activationId, int generation) {
    TsCnsActivation a =
        activations
            .findById(activationId)
            .orElseThrow(
                () ->
                    new BusinessRefusal(
                        ErrorCode.INVALID_REQUEST, "no activation " + activationId));
    if (a.codesGeneration() != generation) {
      throw new BusinessRefusal(
          ErrorCode.INVALID_REQUEST,
          "codes generation " + generation + " superseded by " + a.codesGeneration());
    }
    return a;
  }
}
