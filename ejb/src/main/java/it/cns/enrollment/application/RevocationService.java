package it.cns.enrollment.application;

import it.cns.enrollment.domain.activation.ActivationRequest;
import it.cns.enrollment.domain.activation.TsCnsActivation;
import it.cns.enrollment.domain.activation.TsCnsActivationRepository;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.error.EnrollmentException;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CardId;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * Revocation of a TS-CNS with the CIP the holder tells the operator: the card becomes REVOKED and
 * so does every binding of it, so it can no longer log in to the smartcard area (see {@link
 * CardUse}). Wrong CIPs are counted and limited ({@link RevocationAttempts}); a supervisor lifts
 * the block.
 */
@Stateless
// Open to every channel but the method that says otherwise: WildFly denies the unannotated methods
// of a bean with any role annotation (default-missing-method-permissions-deny-access).
@PermitAll
public class RevocationService {

  private static final Logger LOG = Logger.getLogger(RevocationService.class.getName());

  @Inject RevocationAttempts attempts;
  @Inject OperatorAuthorization authorization;
  @Inject TsCnsActivationRepository activations;
  @Inject AuditRecorder audit;
  @Inject Clock clock;
  @Inject Caller caller;

  /**
   * Revokes the card if {@code cip} is its CIP. The CIP array is wiped before returning.
   *
   * @throws EnrollmentException INVALID_REQUEST (card number), CARD_NOT_ACTIVATED, CARD_REVOKED
   *     (already), CIP_WRONG, CIP_LOCKED
   */
  @Audited(AuditAction.CARD_REVOCATION)
  public RevocationReceipt revoke(String cardId, char[] cip) {
    try {
      if (caller.channel() == Channel.COUNTER) {
        authorization.requireActive(AuditAction.CARD_REVOCATION);
      }
      CardId card = ActivationRequest.card(cardId);
      RevocationAttempts.Result result = attempts.attempt(card, cip);
      if (result.verdict() != RevocationAttempts.Verdict.REVOKED) {
        // Audited already, in the attempt's own (committed) transaction.
        EnrollmentException refusal =
            new EnrollmentException(
                result.verdict().errorCode(), "revocation of card " + card.masked() + " refused");
        RefusalSubject.recorded(refusal);
        throw refusal;
      }
      LOG.info(
          () ->
              "TS-CNS revoked: card "
                  + result.receipt().cardIdMasked()
                  + ", bindings revoked "
                  + result.receipt().bindingsRevoked()
                  + ", by "
                  + caller.auditName());
      return result.receipt();
    } finally {
      if (cip != null) {
        Arrays.fill(cip, '\0');
      }
    }
  }

  /**
   * Lifts the block on revocation by CIP (after too many wrong CIPs): supervisors only - the
   * container's role first, then the database's ({@link Audited}) - audited as CIP_UNLOCK.
   *
   * @throws EnrollmentException OPERATOR_NOT_PERMITTED, INVALID_REQUEST (card number),
   *     CARD_NOT_ACTIVATED
   */
  @RolesAllowed("SUPERVISOR")
  @Audited(AuditAction.CIP_UNLOCK)
  public void unlockCip(String cardId) {
    CardId card = ActivationRequest.card(cardId);
    TsCnsActivation activation =
        activations
            .findByCardIdForUpdate(card)
            .orElseThrow(
                () ->
                    new EnrollmentException(
                        ErrorCode.CARD_NOT_ACTIVATED, "no activation for card " + card));
    String subject = activation.holder().toString();
    RefusalSubject.about(subject);
    boolean wasLocked = activation.isRevocationLocked();
    int attempts = activation.revocationFailedAttempts();
    activation.unlockCip();
    Instant now = clock.instant();
    audit.recordChange(
        AuditEvent.of(AuditAction.CIP_UNLOCK, caller.channel(), caller.auditName(), now)
            .subject(subject)
            .requestId(caller.requestId())
            .detail(
                "card "
                    + card.masked()
                    + (wasLocked ? " unblocked" : " was not blocked")
                    + ", wrong CIP count "
                    + attempts
                    + " cleared")
            .build());
  }
}
