package it.cns.enrollment.domain.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

  private static RetentionPolicy withAudit(Duration audit) {
    return new RetentionPolicy(
        Duration.ofSeconds(900),
        Duration.ofHours(24),
        Duration.ofDays(7),
        Duration.ofDays(30),
        Duration.ofHours(1),
        audit);
  }

  @Test
  void refusesAnAuditRetentionUnderAYear() {
    assertThatThrownBy(() -> withAudit(Duration.ofDays(364)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 365 days");
    assertThat(withAudit(Duration.ofDays(365)).audit()).isEqualTo(Duration.ofDays(365));
  }

  @Test
  void refusesAPeriodThatIsNotPositive() {
    assertThatThrownBy(
            () ->
                new RetentionPolicy(
                    Duration.ZERO,
                    Duration.ofHours(24),
                    Duration.ofDays(7),
                    Duration.ofDays(30),
                    Duration.ofHours(1),
                    Duration.ofDays(3650)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interval");
  }

  @Test
  void theGapBetweenRoundsIsNineTenthsOfTheInterval() {
    assertThat(withAudit(Duration.ofDays(3650)).minimumGap()).isEqualTo(Duration.ofSeconds(810));
  }
}
