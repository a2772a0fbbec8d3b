package it.cns.enrollment.infrastructure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import it.cns.enrollment.infrastructure.pki.validation.RevocationMode;
import it.cns.enrollment.infrastructure.pki.validation.RevocationSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;

class RevocationMeterTest {

  private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
  private static final X500Principal CA = new X500Principal("CN=Test CNS CA,O=Test,C=IT");

  private final DeploymentRegistry registry = new DeploymentRegistry();
  private final RevocationMeter meter = new RevocationMeter();

  {
    meter.registry = registry;
    meter.gauges = DeploymentGaugesTest.deployedInto(registry);
    meter.clock = Clock.fixed(NOW, ZoneOffset.UTC);
  }

  private Timer fetches(String source, String outcome) {
    return registry
        .exported
        .find(RevocationMeter.FETCH)
        .tags("source", source, "outcome", outcome)
        .timer();
  }

  @Test
  void countsAndTimesEachExchangeBySourceAndOutcome() {
    meter.exchanged(RevocationSource.OCSP, true, Duration.ofMillis(40));
    meter.exchanged(RevocationSource.OCSP, true, Duration.ofMillis(60));
    meter.exchanged(RevocationSource.CRL, false, Duration.ofSeconds(5));

    assertThat(fetches("OCSP", "OK").count()).isEqualTo(2);
    assertThat(fetches("OCSP", "OK").totalTime(TimeUnit.MILLISECONDS)).isEqualTo(100);
    assertThat(fetches("CRL", "ERROR").count()).isEqualTo(1);
    assertThat(fetches("CRL", "OK")).isNull();
  }

  @Test
  void theCrlAgeOfAnIssuerFollowsItsFreshestCrl() {
    meter.crlStored(CA, NOW.minus(Duration.ofHours(2)));
    meter.crlStored(CA, NOW.minus(Duration.ofHours(1)));
    meter.crlStored(CA, NOW.minus(Duration.ofHours(3))); // an older copy changes nothing

    TimeGauge age =
        registry
            .exported
            .find(RevocationMeter.CRL_AGE)
            .tag("issuer", "CN=Test CNS CA,O=Test,C=IT")
            .timeGauge();
    assertThat(age.value(TimeUnit.SECONDS)).isEqualTo(3600);
  }

  @Test
  void countsUndeterminedStatusesByWhatThePolicyDid() {
    meter.undetermined(RevocationMode.FAIL_CLOSED);
    meter.undetermined(RevocationMode.FAIL_CLOSED);
    meter.undetermined(RevocationMode.FAIL_OPEN);

    assertThat(
            registry
                .exported
                .find(RevocationMeter.UNDETERMINED)
                .tag("decision", "REFUSED")
                .counter()
                .count())
        .isEqualTo(2);
    assertThat(
            registry
                .exported
                .find(RevocationMeter.UNDETERMINED)
                .tag("decision", "ACCEPTED")
                .counter()
                .count())
        .isEqualTo(1);
  }
}
