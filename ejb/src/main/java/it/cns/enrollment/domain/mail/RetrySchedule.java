package it.cns.enrollment.domain.mail;

import java.time.Duration;
import java.util.Objects;

/**
 * When to try a mail again: after the n-th failed attempt wait {@code base × 2^(n-1)}, never more
 * than {@code cap}; after {@code maxAttempts} attempts give up.
 *
 * <p>With the defaults (60 s, 1 h, 12 attempts) the waits are 1, 2, 4, 8, 16, 32 minutes and then
 * an hour each: about seven hours before a mail is given up, long enough to ride out an SMTP
 * relay's maintenance, short enough for the operator to see a FAILED mail the same day.
 */
public record RetrySchedule(Duration base, Duration cap, int maxAttempts) {

  public static final Duration DEFAULT_BASE = Duration.ofSeconds(60);
  public static final Duration DEFAULT_CAP = Duration.ofHours(1);
  public static final int DEFAULT_MAX_ATTEMPTS = 12;

  public RetrySchedule {
    Objects.requireNonNull(base, "base delay is required");
    Objects.requireNonNull(cap, "cap is required");
    if (base.isNegative() || base.isZero()) {
      throw new IllegalArgumentException("base delay must be positive");
    }
    if (cap.compareTo(base) < 0) {
      throw new IllegalArgumentException("cap must be at least the base delay");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("at least one attempt");
    }
  }

  public static RetrySchedule defaults() {
    return new RetrySchedule(DEFAULT_BASE, DEFAULT_CAP, DEFAULT_MAX_ATTEMPTS);
  }

  /** The wait after {@code failedAttempts} failed attempts (1 for the first failure). */
  public Duration delayAfter(int failedAttempts) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException("no failed attempt yet");
    }
    Duration delay = base;
    for (int i = 1; i < failedAttempts && delay.compareTo(cap) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(cap) > 0 ? cap : delay;
  }

  /** Whether a mail that has had {@code attempts} attempts must be given up. */
  public boolean exhausted(int attempts) {
    return attempts >= maxAttempts;
  }
}
