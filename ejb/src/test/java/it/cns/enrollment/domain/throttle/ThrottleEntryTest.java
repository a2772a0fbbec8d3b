package it.cns.enrollment.domain.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottleEntryTest {

  private static final Instant T0 = Instant.parse("2026-12-03T05:00:00Z");
  private static final ThrottlePolicy POLICY =
      new ThrottlePolicy(2, Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofHours(1));

  @Test
  void theFreeFailuresCostNothingThenEachDelayDoublesUpToTheCap() {
    assertThat(POLICY.delayAfter(0)).isZero();
    assertThat(POLICY.delayAfter(2)).isZero();
    assertThat(POLICY.delayAfter(3)).hasSeconds(5);
    assertThat(POLICY.delayAfter(4)).hasSeconds(10);
    assertThat(POLICY.delayAfter(5)).hasSeconds(20);
    assertThat(POLICY.delayAfter(6)).hasSeconds(40);
    assertThat(POLICY.delayAfter(7)).hasSeconds(60);
    assertThat(POLICY.delayAfter(Integer.MAX_VALUE)).hasSeconds(60);
  }

  @Test
  void aFailureCountsAndBlocksFromTheThirdOn() {
    ThrottleEntry e = ThrottleEntry.fresh("address:192.0.2.1");
    e = e.failed(T0, POLICY).failed(T0, POLICY);
    assertThat(e.failures()).isEqualTo(2);
    assertThat(e.waitAt(T0)).isEmpty();

    e = e.failed(T0, POLICY);
    assertThat(e.waitAt(T0)).contains(Duration.ofSeconds(5));
    assertThat(e.waitAt(T0.plusSeconds(4))).contains(Duration.ofSeconds(1));
    assertThat(e.waitAt(T0.plusSeconds(5))).isEmpty();
  }

  @Test
  void aCountWhoseLastFailureIsOlderThanTheForgetPeriodStartsAgain() {
    ThrottleEntry e = ThrottleEntry.fresh("k");
    for (int i = 0; i < 5; i++) {
      e = e.failed(T0, POLICY);
    }
    ThrottleEntry later = e.failed(T0.plus(Duration.ofHours(1)), POLICY);
    assertThat(later.failures()).isEqualTo(1);
    assertThat(later.blockedUntil()).isNull();
    assertThat(e.failed(T0.plus(Duration.ofMinutes(59)), POLICY).failures()).isEqualTo(6);
  }

  @Test
  void policiesAndKeysOutsideTheirRangesAreRefused() {
    assertThatThrownBy(
            () ->
                new ThrottlePolicy(
                    -1, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new ThrottlePolicy(
                    0, Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ThrottleEntry.fresh("x".repeat(ThrottleEntry.MAX_KEY_LENGTH + 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * A policy that would not throttle (no first delay, nothing remembered) is refused rather than
   * silently letting guesses through; a cap equal to the first delay is a fixed delay, allowed.
   */
  @Test
  void aPolicyThatWouldNotThrottleIsRefusedAFixedDelayIsAllowed() {
    Duration second = Duration.ofSeconds(1);
    Duration hour = Duration.ofHours(1);
    assertThatThrownBy(() -> new ThrottlePolicy(0, Duration.ZERO, second, hour))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("first delay");
    assertThatThrownBy(() -> new ThrottlePolicy(0, second.negated(), second, hour))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ThrottlePolicy(0, second, second, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("forget period");
    assertThatThrownBy(() -> new ThrottlePolicy(0, second, second, hour.negated()))
        .isInstanceOf(IllegalArgumentException.class);

    ThrottlePolicy fixed = new ThrottlePolicy(0, second, second, hour);
    assertThat(fixed.delayAfter(1)).isEqualTo(second);
    assertThat(fixed.delayAfter(40)).isEqualTo(second);
  }

  /** An attacker who keeps going never wraps the count round to a negative (and a crash). */
  @Test
  void theCountStopsAtItsLargestValueAndKeepsTheLongestDelay() {
    ThrottleEntry e = new ThrottleEntry("k", Integer.MAX_VALUE, T0, null);

    ThrottleEntry next = e.failed(T0.plusSeconds(1), POLICY);

    assertThat(next.failures()).isEqualTo(Integer.MAX_VALUE);
    assertThat(next.waitAt(T0.plusSeconds(1))).contains(Duration.ofSeconds(60));
    assertThat(next.lastFailureAt()).isEqualTo(T0.plusSeconds(1));
  }

  @Test
  void keysOfOneToTheLongestLengthAndNoNegativeCountAreAccepted() {
    assertThat(ThrottleEntry.fresh("x".repeat(ThrottleEntry.MAX_KEY_LENGTH)).failures()).isZero();
    assertThat(ThrottleEntry.fresh("x").waitAt(T0)).isEmpty();
    assertThatThrownBy(() -> ThrottleEntry.fresh("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ThrottleEntry("k", -1, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
