package it.cns.enrollment.application;

import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.credential.PasswordPolicy;
import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.operator.Operator;
import it.cns.enrollment.domain.operator.OperatorLockout;
import it.cns.enrollment.domain.operator.OperatorRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks an operator's password and counts wrong ones, each check in a transaction of its own that
 * commits whatever the verdict (as {@link LoginAttempts} does for citizens): a refused login must
 * still leave its failed attempt, its lock and its audit event, while the caller's refusal rolls
 * its own transaction back. So nothing here throws for a wrong password; a {@link Verdict} comes
 * back and {@link OperatorLoginService} turns it into the typed refusal.
 *
 * <p>Timing: an unknown or malformed username is checked against {@link SecretHasher#dummyHash()},
 * so a refusal costs one Argon2 verification whether or not the user exists. Concurrency: the
 * operator's row is locked (SELECT ... FOR UPDATE) for the attempt, so simultaneous attempts are
 * counted one after the other.
 */
@Stateless
public class OperatorLoginAttempts {

  /** What a check decided. */
  public enum Verdict {
    ACCEPTED,
    REFUSED,
    LOCKED;

    ErrorCode errorCode() {
      return this == LOCKED ? ErrorCode.OPERATOR_LOCKED : ErrorCode.OPERATOR_LOGIN_REFUSED;
    }
  }

  /** The verdict, and for an accepted login who logged in. */
  public record Result(Verdict verdict, OperatorIdentity identity) {}

  @Inject OperatorRepository operators;
  @Inject AuditRecorder audit;
  @Inject SecretHasher hasher;
  @Inject OperatorLockout lockout;
  @Inject Clock clock;

  /**
   * A login: the Nth consecutive wrong password locks (N from {@link OperatorLockout}); a right one
   * resets the count; a locked or disabled account is refused even with the right password. Audited
   * as OPERATOR_LOGIN in this same transaction.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Result login(String username, char[] password) {
    return check(AuditAction.OPERATOR_LOGIN, username, password, true);
  }

  /**
   * Checks the current password before a change. A wrong one counts (the change form must not be a
   * way around the lockout); a right one neither resets the count nor is audited here (the change
   * itself is).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Verdict checkCurrentPassword(String username, char[] password) {
    return check(AuditAction.OPERATOR_PASSWORD_CHANGE, username, password, false).verdict();
  }

  private Result check(AuditAction action, String typed, char[] password, boolean login) {
    Instant now = clock.instant();
    char[] secret = password == null ? new char[0] : password;
    Optional<String> username = Operator.normaliseUsername(typed);
    Optional<Operator> found = username.flatMap(operators::findByUsernameForUpdate);
    if (found.isEmpty()) {
      hasher.verify(secret, hasher.dummyHash());
      record(
          action,
          // Only a well-formed username is recorded: the field might hold a mistyped password.
          "operator:" + username.orElse("?"),
          Verdict.REFUSED,
          username.isEmpty() ? "malformed username" : "no such operator",
          now);
      return new Result(Verdict.REFUSED, null);
    }
    Operator o = found.get();
    boolean right = o.passwordMatches(secret, hasher);
    if (!o.mayLogIn()) {
      record(
          action,
          o.actor(),
          Verdict.LOCKED,
          o.isEnabled() ? "locked since " + o.lockedAt() : "account disabled",
          now);
      return new Result(Verdict.LOCKED, null);
    }
    if (!right) {
      boolean lockedNow = o.recordFailure(now, lockout);
      Verdict verdict = lockedNow ? Verdict.LOCKED : Verdict.REFUSED;
      record(
          action,
          o.actor(),
          verdict,
          "wrong password, consecutive wrong attempt "
              + o.failedAttempts()
              + " of "
              + lockout.maxFailedAttempts()
              + (lockedNow ? ": locked" : ""),
          now);
      return new Result(verdict, null);
    }
    if (!login) {
      return new Result(Verdict.ACCEPTED, null);
    }
    o.recordSuccess();
    if (hasher.needsRehash(o.passwordHash())) {
      o.rehashPassword(hasher.hash(secret));
    }
    boolean mustChange = o.passwordChangeRequired(now, PasswordPolicy.operator().validity());
    record(
        action, o.actor(), Verdict.ACCEPTED, mustChange ? "password change required" : null, now);
    return new Result(Verdict.ACCEPTED, OperatorIdentity.of(o, mustChange));
  }

  private void record(
      AuditAction action, String actor, Verdict verdict, String detail, Instant now) {
    // This transaction always commits, so even refusals are recorded "as a change" in it.
    audit.recordChange(
        AuditEvent.of(action, Channel.COUNTER, actor, now)
            .outcome(
                verdict == Verdict.ACCEPTED ? AuditEvent.OUTCOME_OK : verdict.errorCode().name())
            .detail(detail)
            .build());
  }
}
