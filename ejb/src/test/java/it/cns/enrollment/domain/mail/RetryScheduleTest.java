package it.cns.enrollment.domain.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  @Test
  void doublesFromTheBaseUpToTheCap() {
    RetrySchedule s = RetrySchedule.defaults();
    assertThat(IntStream.rangeClosed(1, 11).mapToObj(n -> s.delayAfter(n).toSeconds()).toList())
        .containsExactly(60L, 120L, 240L, 480L, 960L, 1920L, 3600L, 3600L, 3600L, 3600L, 3600L);
  }

  @Test
  void neverOverflowsOnHugeAttemptCounts() {
    RetrySchedule s = new RetrySchedule(Duration.ofSeconds(1), Duration.ofHours(1), 1000);
    assertThat(s.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void givesUpAtTheMaximumNumberOfAttempts() {
    RetrySchedule s = RetrySchedule.defaults();
    assertThat(s.exhausted(11)).isFalse();
    assertThat(s.exhausted(12)).isTrue();
  }

  @Test
  void refusesNonsense() {
    assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, Duration.ofHours(1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(2), Duration.ofMinutes(1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(1), Duration.ofHours(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetrySchedule.defaults().delayAfter(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
