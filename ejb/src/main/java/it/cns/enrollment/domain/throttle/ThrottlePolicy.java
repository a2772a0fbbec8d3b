package it.cns.enrollment.domain.throttle;

import java.time.Duration;
import java.util.Objects;

/**
 * How one kind of key is throttled: the first {@code freeFailures} wrong attempts cost nothing; the
 * next waits {@code firstDelay}, each one after that twice as long, up to {@code maxDelay}. A key
 * whose last wrong attempt is older than {@code forgetAfter} starts again from nothing.
 */
public record ThrottlePolicy(
    int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {

  public ThrottlePolicy {
    Objects.requireNonNull(firstDelay, "first delay is required");
    Objects.requireNonNull(maxDelay, "longest delay is required");
    Objects.requireNonNull(forgetAfter, "forget period is required");
    if (freeFailures < 0) {
      throw new IllegalArgumentException("free failures cannot be negative: " + freeFailures);
    }
    if (firstDelay.isNegative() || firstDelay.isZero()) {
      throw new IllegalArgumentException("the first delay must be positive: " + firstDelay);
    }
    if (maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException(
          "the longest delay " + maxDelay + " is shorter than the first " + firstDelay);
    }
    if (forgetAfter.isNegative() || forgetAfter.isZero()) {
      throw new IllegalArgumentException("the forget period must be positive: " + forgetAfter);
    }
  }

  /** The wait imposed after {@code failures} consecutive wrong attempts (zero while free). */
  public Duration delayAfter(int failures) {
    int over = failures - freeFailures;
    if (over <= 0) {
      return Duration.ZERO;
    }
    // 2^(over-1) times the first delay; from 2^30 on it is past any sensible cap anyway.
    if (over > 31) {
      return maxDelay;
    }
    Duration delay = firstDelay.multipliedBy(1L << (over - 1));
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
