package it.cns.enrollment.infrastructure.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

class TrustedIssuersReadinessTest {

  private static final Duration PERIOD = Duration.ofMinutes(5);
  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

  @Test
  void anchorsReloadedWithinThreePeriodsAreReady() {
    HealthCheckResponse r =
        TrustedIssuersReadiness.judge(
            2, "dir", Optional.of(NOW.minus(Duration.ofMinutes(15))), PERIOD, NOW);
    assertThat(r.getStatus()).isEqualTo(Status.UP);
    assertThat(r.getName()).isEqualTo("trusted-cns-issuers");
    assertThat(r.getData().orElseThrow()).containsEntry("anchors", 2L);
  }

  @Test
  void noAnchorIsNotReadyEvenIfJustReloaded() {
    HealthCheckResponse r = TrustedIssuersReadiness.judge(0, "dir", Optional.of(NOW), PERIOD, NOW);
    assertThat(r.getStatus()).isEqualTo(Status.DOWN);
    assertThat(r.getData().orElseThrow().get("reason").toString()).contains("no trusted");
  }

  @Test
  void anchorsOlderThanThreePeriodsAreStale() {
    HealthCheckResponse r =
        TrustedIssuersReadiness.judge(
            2, "dir", Optional.of(NOW.minus(Duration.ofMinutes(15)).minusSeconds(1)), PERIOD, NOW);
    assertThat(r.getStatus()).isEqualTo(Status.DOWN);
    assertThat(r.getData().orElseThrow().get("reason").toString()).contains("PT15M");
  }

  @Test
  void neverReloadedIsNotReady() {
    assertThat(TrustedIssuersReadiness.judge(1, "dir", Optional.empty(), PERIOD, NOW).getStatus())
        .isEqualTo(Status.DOWN);
  }
}
