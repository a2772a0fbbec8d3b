package it.cns.enrollment.application.security;

import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.error.TooManyAttemptsException;
import it.cns.enrollment.domain.lock.LockState;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The one counter of wrong secrets - Fisconline password and PIN, operator password, CIP - that
 * locks at the Nth. Each attempt runs in a transaction of its own that commits whatever the
 * verdict: a refused attempt must still leave its count, its lock and its audit event in the
 * database, while the caller's refusal rolls its own transaction back. So nothing here throws for a
 * wrong secret; a {@link Verdict} comes back and the use case throws the typed refusal ({@link
 * Verdict#orRefuse}).
 *
 * <p>The use case's check, run inside {@link #attempt}, finds the holder with its row locked
 * (SELECT ... FOR UPDATE, so simultaneous attempts are counted one after the other), checks the
 * secret even when locked (the time taken does not tell), and asks {@link #judge} for the rule.
 */
@Stateless
public class SecretAttempts {

  /**
   * How one kind of secret guards its lock: its limit, its refusals, and how audit words them. A
   * guard that does not {@code tellLock} answers a locked holder with the {@code wrong} code, as it
   * answers an unknown one (a login must not tell an attacker which accounts exist); the audit
   * trail still records {@code locked}.
   */
  public record Guard(
      int maxAttempts,
      ErrorCode wrong,
      ErrorCode locked,
      String wrongSecret,
      String lockedSince,
      String locking,
      boolean tellLock) {

    public Guard {
      Objects.requireNonNull(wrong, "wrong-secret code is required");
      Objects.requireNonNull(locked, "locked code is required");
    }

    /** A guard that tells the lock (the holder is known to the asker already). */
    public Guard(
        int maxAttempts,
        ErrorCode wrong,
        ErrorCode locked,
        String wrongSecret,
        String lockedSince,
        String locking) {
      this(maxAttempts, wrong, locked, wrongSecret, lockedSince, locking, true);
    }

    /** The code the asker reads for a lock. */
    ErrorCode shownLocked() {
      return tellLock ? locked : wrong;
    }
  }

  /**
   * What an attempt decided: a refusal's code, or the accepted result (possibly null). A throttled
   * attempt carries TOO_MANY_ATTEMPTS and the whole seconds to wait.
   */
  public record Verdict<R>(ErrorCode refusal, R value, long retryAfterSeconds) {

    public Verdict(ErrorCode refusal, R value) {
      this(refusal, value, 0);
    }

    public static <R> Verdict<R> accepted(R value) {
      return new Verdict<>(null, value);
    }

    public static <R> Verdict<R> refused(ErrorCode code) {
      return new Verdict<>(Objects.requireNonNull(code, "refusal code is required"), null);
    }

    static <R> Verdict<R> throttled(Duration wait) {
      // Rounded up: "try again in 0 seconds" would be refused once more.
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      return new Verdict<>(ErrorCode.TOO_MANY_ATTEMPTS, null, seconds);
    }

    public boolean isAccepted() {
      return refusal == null;
    }

    /**
     * The accepted value, or the typed refusal - marked as on record, since the attempt audited it
     * in its own committed transaction.
     */
    public R orRefuse(String detail) {
      if (isAccepted()) {
        return value;
      }
      BusinessRefusal refused =
          refusal == ErrorCode.TOO_MANY_ATTEMPTS
              ? new TooManyAttemptsException(retryAfterSeconds)
              : new BusinessRefusal(refusal, detail);
      RefusalSubject.recorded(refused);
      throw refused;
    }
  }

  private static final Logger LOG = Logger.getLogger(SecretAttempts.class.getName());

  @Inject AuditRecorder audit;
  @Inject LoginThrottle throttle;
  @Inject Clock clock;

  /**
   * Runs one attempt, {@code check} given the instant, in a transaction of its own that commits
   * unless {@code check} throws.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public <R> Verdict<R> attempt(Function<Instant, Verdict<R>> check) {
    return check.apply(clock.instant());
  }

  /**
   * As {@link #attempt(Function)}, throttled under {@code keys}: an attempt still delayed by
   * earlier wrong ones is refused TOO_MANY_ATTEMPTS before {@code check} runs (nothing checked,
   * counted or audited - the attempts that caused the delay were); otherwise a refused verdict
   * counts against every key and an accepted one clears the account's.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public <R> Verdict<R> attempt(LoginThrottle.Keys keys, Function<Instant, Verdict<R>> check) {
    Instant now = clock.instant();
    Optional<Duration> wait = throttle.waitFor(keys, now);
    if (wait.isPresent()) {
      LOG.fine(() -> "login attempt throttled for " + wait.get());
      return Verdict.throttled(wait.get());
    }
    Verdict<R> verdict = check.apply(now);
    if (verdict.isAccepted()) {
      throttle.succeeded(keys);
    } else {
      throttle.failed(keys, now);
    }
    return verdict;
  }

  /**
   * The rule, for a holder found and its secret checked ({@code right}): locked, refused even with
   * the right secret; wrong, counted - the {@code guard.maxAttempts()}th consecutive one locks;
   * right, empty and the use case goes on (it resets the count, or not). A refusal is audited on
   * {@code event} (action, actor, subject as the use case has them).
   */
  public <R> Optional<Verdict<R>> judge(
      LockState lock, boolean right, Guard guard, AuditEvent.Builder event, Instant now) {
    if (lock.isLocked()) {
      return Optional.of(
          refuse(
              event,
              guard.locked(),
              guard.shownLocked(),
              AuditDetails.of("reason", guard.lockedSince()).and("since", lock.lockedAt())));
    }
    if (right) {
      return Optional.empty();
    }
    boolean lockedNow = lock.recordFailure(now, guard.maxAttempts());
    return Optional.of(
        refuse(
            event,
            lockedNow ? guard.locked() : guard.wrong(),
            lockedNow ? guard.shownLocked() : guard.wrong(),
            AuditDetails.of("reason", guard.wrongSecret())
                .and("wrongInARow", lock.failedAttempts())
                .and("limit", guard.maxAttempts())
                .and("locking", lockedNow ? guard.locking() : null)));
  }

  /** Audits a refusal (as a change: the attempt's transaction commits) and returns it. */
  public <R> Verdict<R> refuse(AuditEvent.Builder event, ErrorCode code, String reason) {
    return refuse(event, code, code, AuditDetails.of("reason", reason));
  }

  /**
   * Audits a refusal as {@code audited} and returns it as {@code shown}: what the asker may know is
   * less than what the audit trail records.
   */
  public <R> Verdict<R> refuse(
      AuditEvent.Builder event, ErrorCode audited, ErrorCode shown, String reason) {
    return refuse(event, audited, shown, AuditDetails.of("reason", reason));
  }

  private <R> Verdict<R> refuse(
      AuditEvent.Builder event, ErrorCode audited, ErrorCode shown, AuditDetails details) {
    audit.recordChange(event.outcome(audited.name()).detail(details).build());
    return Verdict.refused(shown);
  }
}
