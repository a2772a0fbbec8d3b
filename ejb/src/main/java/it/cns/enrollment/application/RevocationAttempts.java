package it.cns.enrollment.application;

import it.cns.enrollment.domain.activation.ActivationSettings;
import it.cns.enrollment.domain.activation.TsCnsActivation;
import it.cns.enrollment.domain.activation.TsCnsActivationRepository;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.card.SmartcardBinding;
import it.cns.enrollment.domain.card.SmartcardBindingRepository;
import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CardId;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * One revocation attempt with a CIP, in a transaction of its own that commits whatever the verdict
 * (the pattern of {@link LoginAttempts}): a wrong CIP must leave its count and its audit event in
 * the database while the caller's refusal rolls its own transaction back. So nothing here throws
 * for a refusal; {@link RevocationService} turns the verdict into the typed error.
 *
 * <p>The activation row is locked (SELECT ... FOR UPDATE) for the attempt, so simultaneous attempts
 * on one card are counted one after the other, and of two right CIPs at once one revokes and the
 * other finds the card revoked.
 */
@Stateless
public class RevocationAttempts {

  /** What an attempt decided; everything but REVOKED is a refusal with that error code. */
  public enum Verdict {
    REVOKED,
    CARD_NOT_ACTIVATED,
    CARD_REVOKED,
    CIP_LOCKED,
    CIP_WRONG;

    ErrorCode errorCode() {
      return ErrorCode.valueOf(name());
    }
  }

  /** The verdict; for REVOKED the receipt. */
  public record Result(Verdict verdict, RevocationReceipt receipt) {}

  @Inject TsCnsActivationRepository activations;
  @Inject SmartcardBindingRepository bindings;
  @Inject AuditRecorder audit;
  @Inject SecretHasher hasher;
  @Inject ActivationSettings settings;
  @Inject Clock clock;
  @Inject Caller caller;

  /**
   * Checks {@code cip} against the card's and, when right and not blocked, revokes the card and
   * every binding of it. A wrong CIP counts; the {@code CNS_CIP_MAX_ATTEMPTS}-th consecutive one
   * blocks revocation by CIP until a supervisor unlocks it (then even the right CIP is refused).
   * Audited as CARD_REVOCATION in this same transaction.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Result attempt(CardId card, char[] cip) {
    Instant now = clock.instant();
    TsCnsActivation activation = activations.findByCardIdForUpdate(card).orElse(null);
    if (activation == null) {
      record(null, now, Verdict.CARD_NOT_ACTIVATED, "card " + card.masked());
      return new Result(Verdict.CARD_NOT_ACTIVATED, null);
    }
    String holder = activation.holder().toString();
    if (!activation.isActive()) {
      record(holder, now, Verdict.CARD_REVOKED, "card " + card.masked() + " revoked");
      return new Result(Verdict.CARD_REVOKED, null);
    }
    // Checked even when blocked: the time taken does not tell whether the CIP was right.
    boolean right = cip != null && cip.length > 0 && activation.cipMatches(cip, hasher);
    if (activation.isRevocationLocked()) {
      record(
          holder,
          now,
          Verdict.CIP_LOCKED,
          "card "
              + card.masked()
              + ": revocation by CIP blocked since "
              + activation.revocationLockedAt().orElse(null));
      return new Result(Verdict.CIP_LOCKED, null);
    }
    if (!right) {
      boolean lockedNow = activation.recordWrongCip(now, settings.cipMaxAttempts());
      Verdict verdict = lockedNow ? Verdict.CIP_LOCKED : Verdict.CIP_WRONG;
      record(
          holder,
          now,
          verdict,
          "card "
              + card.masked()
              + ": CIP wrong, consecutive wrong attempt "
              + activation.revocationFailedAttempts()
              + " of "
              + settings.cipMaxAttempts()
              + (lockedNow ? ": blocked" : ""));
      return new Result(verdict, null);
    }
    activation.revoke(now);
    List<SmartcardBinding> revoked =
        bindings.findByCardNumber(card).stream().filter(SmartcardBinding::revoke).toList();
    audit.recordChange(
        AuditEvent.of(AuditAction.CARD_REVOCATION, caller.channel(), caller.auditName(), now)
            .subject(holder)
            .requestId(caller.requestId())
            .detail("card " + card.masked() + " revoked; bindings revoked: " + revoked.size())
            .build());
    return new Result(
        Verdict.REVOKED, new RevocationReceipt(card.masked(), holder, now, revoked.size()));
  }

  private void record(String holder, Instant now, Verdict verdict, String detail) {
    // This transaction always commits, so refusals are recorded "as a change" in it.
    audit.recordChange(
        AuditEvent.of(AuditAction.CARD_REVOCATION, caller.channel(), caller.auditName(), now)
            .subject(holder)
            .requestId(caller.requestId())
            .outcome(verdict.name())
            .detail(detail)
            .build());
  }
}
