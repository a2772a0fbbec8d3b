package it.cns.enrollment.application;

import it.cns.enrollment.domain.activation.TsCnsActivation;
import it.cns.enrollment.domain.activation.TsCnsActivationRepository;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.error.EnrollmentException;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CardId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Revocation of a TS-CNS with the CIP the holder tells the operator: the card becomes REVOKED and
 * so does every binding of it, so it can no longer log in to the smartcard area (see {@link
 * CardUse}). Wrong CIPs are counted and limited ({@link RevocationAttempts}); a supervisor lifts
 * the block.
 */
@Stateless
public class RevocationService {

  private static final Logger LOG = Logger.getLogger(RevocationService.class.getName());

  /** Actor prefix of a supervisor's requests (see RequestContext's actor strings). */
  static final String SUPERVISOR_ACTOR = "supervisor:";

  @Inject RevocationAttempts attempts;
  @Inject OperatorAuthorization authorization;
  @Inject TsCnsActivationRepository activations;
  @Inject AuditRecorder audit;
  @Inject Clock clock;

  /**
   * Revokes the card if {@code cip} is its CIP. The CIP array is wiped before returning.
   *
   * @throws EnrollmentException INVALID_REQUEST (card number), CARD_NOT_ACTIVATED, CARD_REVOKED
   *     (already), CIP_WRONG, CIP_LOCKED
   */
  public RevocationReceipt revoke(String cardId, char[] cip, RequestContext context) {
    Objects.requireNonNull(context, "context is required");
    try {
      if (context.channel() == Channel.COUNTER) {
        authorization.requireActive(
            OperatorAuthorization.username(context), AuditAction.CARD_REVOCATION);
      }
      CardId card;
      try {
        card = ActivationService.card(cardId);
      } catch (EnrollmentException e) {
        audit.recordRefusalAbout(AuditAction.CARD_REVOCATION, context, null, e);
        throw e;
      }
      RevocationAttempts.Result result = attempts.attempt(card, cip, context);
      if (result.verdict() != RevocationAttempts.Verdict.REVOKED) {
        // Audited already, in the attempt's own (committed) transaction.
        throw new EnrollmentException(
            result.verdict().errorCode(), "revocation of card " + card.masked() + " refused");
      }
      LOG.info(
          () ->
              "TS-CNS revoked: card "
                  + result.receipt().cardIdMasked()
                  + ", bindings revoked "
                  + result.receipt().bindingsRevoked()
                  + ", by "
                  + context.actor());
      return result.receipt();
    } finally {
      if (cip != null) {
        Arrays.fill(cip, '\0');
      }
    }
  }

  /**
   * Lifts the block on revocation by CIP (after too many wrong CIPs): supervisors only, audited as
   * CIP_UNLOCK.
   *
   * @throws EnrollmentException OPERATOR_NOT_PERMITTED, INVALID_REQUEST (card number),
   *     CARD_NOT_ACTIVATED
   */
  public void unlockCip(String cardId, RequestContext supervisorContext) {
    Objects.requireNonNull(supervisorContext, "context is required");
    if (supervisorContext.actor().startsWith(SUPERVISOR_ACTOR)) {
      // The role as the database has it now (refusals audited there).
      authorization.requireSupervisor(
          OperatorAuthorization.username(supervisorContext), AuditAction.CIP_UNLOCK);
    }
    String subject = null;
    try {
      if (!supervisorContext.actor().startsWith(SUPERVISOR_ACTOR)) {
        throw new EnrollmentException(
            ErrorCode.OPERATOR_NOT_PERMITTED, "CIP unlock needs a supervisor");
      }
      CardId card = ActivationService.card(cardId);
      TsCnsActivation activation =
          activations
              .findByCardIdForUpdate(card)
              .orElseThrow(
                  () ->
                      new EnrollmentException(
                          ErrorCode.CARD_NOT_ACTIVATED, "no activation for card " + card));
      subject = activation.holder().toString();
      boolean wasLocked = activation.isRevocationLocked();
      int attempts = activation.revocationFailedAttempts();
      activation.unlockCip();
      Instant now = clock.instant();
      audit.recordChange(
          AuditEvent.of(
                  AuditAction.CIP_UNLOCK,
                  supervisorContext.channel(),
                  supervisorContext.actor(),
                  now)
              .subject(subject)
              .requestId(supervisorContext.requestId())
              .detail(
                  "card "
                      + card.masked()
                      + (wasLocked ? " unblocked" : " was not blocked")
                      + ", wrong CIP count "
                      + attempts
                      + " cleared")
              .build());
    } catch (EnrollmentException e) {
      audit.recordRefusalAbout(AuditAction.CIP_UNLOCK, supervisorContext, subject, e);
      throw e;
    }
  }
}
