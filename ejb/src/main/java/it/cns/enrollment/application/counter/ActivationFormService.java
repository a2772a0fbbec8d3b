package it.cns.enrollment.application.counter;

import it.cns.enrollment.application.port.DocumentSealer;
import it.cns.enrollment.application.port.SessionSettings;
import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.domain.activation.PendingForm;
import it.cns.enrollment.domain.activation.PendingFormRepository;
import it.cns.enrollment.domain.activation.TsCnsActivation;
import it.cns.enrollment.domain.activation.TsCnsActivationRepository;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;

/**
 * The TS-CNS activation form between the activation and its one download. The form comes with the
 * activation ({@link ActivationOutcome}); the counter keeps it here, sealed, in the database that
 * every node shares (not in the HTTP session, which a cluster copies to other nodes), for the
 * operator who issued it and for as long as that operator's session may stay idle. Handing it out
 * erases it and is audited; a second download, another operator, or an expired form get {@code
 * FORM_ALREADY_DOWNLOADED} (a reissue gives a new form).
 */
@Stateless
public class ActivationFormService {

  @Inject TsCnsActivationRepository activations;
  @Inject PendingFormRepository pending;
  @Inject DocumentSealer sealer;
  @Inject SessionSettings session;
  @Inject AuditRecorder audit;
  @Inject Clock clock;
  @Inject Caller caller;

  /**
   * Keeps the form of this activation's codes generation for the calling operator's one download.
   * The caller wipes {@code pdf}.
   */
  public void keep(long activationId, int codesGeneration, byte[] pdf) {
    String operator = caller.staff().username();
    current(activationId, codesGeneration);
    Instant now = clock.instant();
    byte[] sealed = sealer.sealBytes(pdf, associatedData(activationId, codesGeneration, operator));
    pending.put(
        new PendingForm(
            activationId, codesGeneration, operator, sealed, now, now.plus(session.idleTimeout())));
  }

  /** Whether the calling operator may still download this form. */
  public boolean isWaiting(long activationId, int codesGeneration) {
    return pending.isWaiting(
        activationId, codesGeneration, caller.staff().username(), clock.instant());
  }

  /**
   * The form, erased from the store and the hand-out recorded in the same transaction; the caller
   * wipes the bytes. Only the operator who issued it gets it, once, before it expires.
   *
   * @throws BusinessRefusal FORM_ALREADY_DOWNLOADED when it is not (or no longer) waiting for this
   *     operator; INVALID_REQUEST for an unknown activation or a superseded generation
   */
  public byte[] handOut(long activationId, int codesGeneration) {
    String operator = caller.staff().username();
    TsCnsActivation a = current(activationId, codesGeneration);
    byte[] sealed =
        pending
            .take(activationId, codesGeneration, operator, clock.instant())
            .orElseThrow(
                () ->
                    new BusinessRefusal(
                        ErrorCode.FORM_ALREADY_DOWNLOADED,
                        "no form of activation "
                            + activationId
                            + " generation "
                            + codesGeneration
                            + " waiting for "
                            + operator));
    byte[] pdf = sealer.openBytes(sealed, associatedData(activationId, codesGeneration, operator));
    Arrays.fill(sealed, (byte) 0);
    recordHandOut(a, codesGeneration);
    return pdf;
  }

  private void recordHandOut(TsCnsActivation a, int codesGeneration) {
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

  /** Binds a sealed form to its row: it does not open for another activation or operator. */
  private static byte[] associatedData(long activationId, int generation, String operator) {
    return ("activation-form|" + activationId + "|" + generation + "|" + operator)
        .getBytes(StandardCharsets.UTF_8);
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
