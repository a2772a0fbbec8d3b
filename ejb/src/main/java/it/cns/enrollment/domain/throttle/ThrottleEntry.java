package it.cns.enrollment.domain.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The count of one key: consecutive wrong attempts, when the last one was, and until when no
 * attempt is heard. Immutable; the repository stores what {@link #failed} returns.
 *
 * @param key what is counted, e.g. {@code address:192.0.2.1} (never a secret, see LoginThrottle)
 * @param failures wrong attempts since the count last started again
 * @param lastFailureAt the last wrong attempt, null for none
 * @param blockedUntil no attempt is heard before this instant, null for none
 */
public record ThrottleEntry(String key, int failures, Instant lastFailureAt, Instant blockedUntil) {

  /** Longest key stored: a prefix and a hex SHA-256 or an IPv6 address fit. */
  public static final int MAX_KEY_LENGTH = 120;

  public ThrottleEntry {
    Objects.requireNonNull(key, "key is required");
    if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException("throttle key must be 1-" + MAX_KEY_LENGTH + " chars");
    }
    if (failures < 0) {
      throw new IllegalArgumentException("failures cannot be negative");
    }
  }

  /** A key never seen: nothing counted. */
  public static ThrottleEntry fresh(String key) {
    return new ThrottleEntry(key, 0, null, null);
  }

  /** How long the caller must still wait at {@code now}, if at all. */
  public Optional<Duration> waitAt(Instant now) {
    if (blockedUntil == null || !blockedUntil.isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, blockedUntil));
  }

  /**
   * One more wrong attempt at {@code now}: counted (from nothing again when the last one is older
   * than the policy's forget period) and the next attempt delayed as the policy says.
   */
  public ThrottleEntry failed(Instant now, ThrottlePolicy policy) {
    Objects.requireNonNull(now, "instant is required");
    boolean forgotten =
        lastFailureAt == null || !lastFailureAt.plus(policy.forgetAfter()).isAfter(now);
    int counted = forgotten ? 1 : (failures == Integer.MAX_VALUE ? failures : failures + 1);
    Duration delay = policy.delayAfter(counted);
    return new ThrottleEntry(key, counted, now, delay.isZero() ? null : now.plus(delay));
  }
}
