package it.cns.enrollment.application.card;

import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.application.security.Audited;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.OperatorAuthorization;
import it.cns.enrollment.application.security.RefusalSubject;
import it.cns.enrollment.application.security.SecretAttempts;
import it.cns.enrollment.domain.activation.ActivationRequest;
import it.cns.enrollment.domain.activation.ActivationSettings;
import it.cns.enrollment.domain.activation.RevocationReason;
import it.cns.enrollment.domain.activation.TsCnsActivation;
import it.cns.enrollment.domain.activation.TsCnsActivationRepository;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.card.SmartcardBinding;
import it.cns.enrollment.domain.card.SmartcardBindingRepository;
import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.error.InvalidRequestException;
import it.cns.enrollment.domain.identity.CardId;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Revocation of a TS-CNS with the CIP the holder tells the operator: the card becomes REVOKED and
 * so does every binding of it, so it can no longer log in to the smartcard area (see {@link
 * CardUse}). Wrong CIPs are counted and limited through {@link SecretAttempts}, each attempt in a
 * transaction of its own that commits whatever the verdict; a supervisor lifts the block.
 *
 * <p>The activation row is locked (SELECT ... FOR UPDATE) for the attempt, so simultaneous attempts
 * on one card are counted one after the other, and of two right CIPs at once one revokes and the
 * other finds the card revoked.
 */
@Stateless
// Open to every channel but the method that says otherwise: WildFly denies the unannotated methods
// of a bean with any role annotation (default-missing-method-permissions-deny-access).
@PermitAll
public class RevocationService {

  private static final Logger LOG = Logger.getLogger(RevocationService.class.getName());

  @Inject SecretAttempts attempts;
  @Inject SmartcardBindingRepository bindings;
  @Inject SecretHasher hasher;
  @Inject ActivationSettings settings;
  @Inject OperatorAuthorization authorization;
  @Inject TsCnsActivationRepository activations;
  @Inject AuditRecorder audit;
  @Inject Clock clock;
  @Inject Caller caller;

  /**
   * Revokes the card if {@code cip} is its CIP, for {@code reason}: required on the intranet, where
   * the operator asks for it; a partner on contract 1.1 sends none (null). The CIP array is wiped
   * before returning.
   *
   * @throws BusinessRefusal INVALID_REQUEST (card number, reason missing), CARD_NOT_ACTIVATED,
   *     CARD_REVOKED (already), CIP_WRONG, CIP_LOCKED
   */
  @Audited(AuditAction.CARD_REVOCATION)
  public RevocationReceipt revoke(String cardId, char[] cip, RevocationReason reason) {
    try {
      if (caller.channel() == Channel.COUNTER) {
        authorization.requireActive(AuditAction.CARD_REVOCATION);
      }
      CardId card = ActivationRequest.card(cardId);
      if (reason == null && caller.channel() == Channel.COUNTER) {
        throw new InvalidRequestException("REVOCATION_REASON_MISSING", "no revocation reason");
      }
      RevocationReceipt receipt =
          attempts
              .attempt(now -> attempt(card, cip, reason, now))
              .orRefuse("revocation of card " + card.masked() + " refused");
      LOG.info(
          () ->
              "TS-CNS revoked: card "
                  + receipt.cardIdMasked()
                  + ", bindings revoked "
                  + receipt.bindingsRevoked()
                  + ", by "
                  + caller.auditName());
      return receipt;
    } finally {
      if (cip != null) {
        Arrays.fill(cip, '\0');
      }
    }
  }

  /**
   * One attempt, in the counter's own transaction: checks {@code cip} against the card's and, when
   * right and not blocked, revokes the card and every binding of it. A wrong CIP counts; the {@code
   * CNS_CIP_MAX_ATTEMPTS}-th consecutive one blocks revocation by CIP until a supervisor unlocks it
   * (then even the right CIP is refused). Audited as CARD_REVOCATION there.
   */
  private SecretAttempts.Verdict<RevocationReceipt> attempt(
      CardId card, char[] cip, RevocationReason reason, Instant now) {
    TsCnsActivation activation = activations.findByCardIdForUpdate(card).orElse(null);
    if (activation == null) {
      return attempts.refuse(
          event(null, now), ErrorCode.CARD_NOT_ACTIVATED, "card " + card.masked());
    }
    String holder = activation.holder().toString();
    if (!activation.isActive()) {
      return attempts.refuse(
          event(holder, now), ErrorCode.CARD_REVOKED, "card " + card.masked() + " revoked");
    }
    // Checked even when blocked: the time taken does not tell whether the CIP was right.
    boolean right = cip != null && cip.length > 0 && activation.cipMatches(cip, hasher);
    Optional<SecretAttempts.Verdict<RevocationReceipt>> refused =
        attempts.judge(
            activation.revocationLock(),
            right,
            new SecretAttempts.Guard(
                settings.cipMaxAttempts(),
                ErrorCode.CIP_WRONG,
                ErrorCode.CIP_LOCKED,
                "card " + card.masked() + ": CIP wrong",
                "card " + card.masked() + ": revocation by CIP blocked",
                "blocked"),
            event(holder, now),
            now);
    if (refused.isPresent()) {
      return refused.get();
    }
    activation.revoke(now, reason);
    // A hash made before the pepper (or with weaker parameters) is replaced now that the CIP was
    // right: the row stays, so a later database dump gives an offline guesser nothing.
    if (hasher.needsRehash(activation.cipHash())) {
      activation.rehashCip(hasher.hash(cip));
    }
    List<SmartcardBinding> revoked =
        bindings.findByCardNumber(card).stream().filter(SmartcardBinding::revoke).toList();
    audit.recordChange(
        event(holder, now)
            .detail(
                AuditDetails.of("card", card.masked())
                    .and("reason", reason == null ? "none" : reason.name())
                    .and("bindingsRevoked", revoked.size()))
            .build());
    return SecretAttempts.Verdict.accepted(
        new RevocationReceipt(card.masked(), holder, now, revoked.size()));
  }

  private AuditEvent.Builder event(String holder, Instant now) {
    return AuditEvent.of(AuditAction.CARD_REVOCATION, caller.channel(), caller.auditName(), now)
        .subject(holder)
        .requestId(caller.requestId());
  }

  /**
   * Lifts the block on revocation by CIP (after too many wrong CIPs): supervisors only - the
   * container's role first, then the database's ({@link Audited}) - audited as CIP_UNLOCK.
   *
   * @throws BusinessRefusal OPERATOR_NOT_PERMITTED, INVALID_REQUEST (card number),
   *     CARD_NOT_ACTIVATED
   */
  @RolesAllowed("SUPERVISOR")
  @Audited(AuditAction.CIP_UNLOCK)
  public void unlockCip(String cardId) {
    CardId card = ActivationRequest.card(cardId);
    TsCnsActivation activation = activations.requireByCardIdForUpdate(card);
    String subject = activation.holder().toString();
    RefusalSubject.about(subject);
    boolean wasLocked = activation.isRevocationLocked();
    int attempts = activation.revocationFailedAttempts();
    activation.unlockCip();
    Instant now = clock.instant();
    audit.recordChange(
        AuditEvent.of(AuditAction.CIP_UNLOCK, Channel.SUPERVISION, caller.auditName(), now)
            .subject(subject)
            .requestId(caller.requestId())
            .detail(
                AuditDetails.of("card", card.masked())
                    .and("wasBlocked", wasLocked)
                    .and("wrongCipsCleared", attempts))
            .build());
  }
}
