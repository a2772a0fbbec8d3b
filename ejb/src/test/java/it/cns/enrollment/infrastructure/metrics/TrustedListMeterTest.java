package it.cns.enrollment.infrastructure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.TimeGauge;
import it.cns.enrollment.infrastructure.pki.validation.TrustedListDownload.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TrustedListMeterTest {

  private final DeploymentRegistry registry = new DeploymentRegistry();
  private final TrustedListMeter meter = new TrustedListMeter();
  private Instant now = Instant.parse("2026-12-03T08:00:00Z");

  {
    meter.registry = registry;
    meter.gauges = new DeploymentGauges();
    meter.gauges.registry = registry;
    meter.clock =
        new Clock() {
          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now;
          }
        };
  }

  private double refreshes(Outcome outcome) {
    var counter =
        registry.exported.find(TrustedListMeter.REFRESH).tags("outcome", outcome.name()).counter();
    return counter == null ? 0 : counter.count();
  }

  private double verifiedAge() {
    TimeGauge gauge = registry.exported.find(TrustedListMeter.VERIFIED_AGE).timeGauge();
    assertThat(gauge).as("exported").isNotNull();
    return gauge.value(TimeUnit.SECONDS);
  }

  @Test
  void countsEachRefreshByOutcome() {
    meter.refreshed(Outcome.UPDATED);
    meter.refreshed(Outcome.UNCHANGED);
    meter.refreshed(Outcome.UNCHANGED);
    meter.refreshed(Outcome.WRONG_SIGNER);

    assertThat(refreshes(Outcome.UPDATED)).isEqualTo(1);
    assertThat(refreshes(Outcome.UNCHANGED)).isEqualTo(2);
    assertThat(refreshes(Outcome.WRONG_SIGNER)).isEqualTo(1);
    assertThat(refreshes(Outcome.NETWORK_ERROR)).isZero();
  }

  @Test
  void theVerifiedAgeGrowsWhileRefreshesFailAndRestartsWhenOneSucceeds() {
    meter.refreshed(Outcome.NETWORK_ERROR);
    assertThat(verifiedAge()).as("never verified").isNaN();

    meter.refreshed(Outcome.UPDATED);
    now = now.plus(Duration.ofMinutes(10));
    meter.refreshed(Outcome.BAD_SIGNATURE);
    assertThat(verifiedAge()).isEqualTo(600);

    meter.refreshed(Outcome.UNCHANGED);
    assertThat(verifiedAge()).isZero();
  }
}
