package it.cns.enrollment.infrastructure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.infrastructure.pki.trust.CardTrust;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OperationsGaugesTest {

  @Test
  void everyGaugeReachesTheExportedRegistry() {
    DeploymentRegistry registry = new DeploymentRegistry();
    OperationsGauges gauges = new OperationsGauges();
    DeploymentGauges deployment = DeploymentGaugesTest.deployedInto(registry);
    gauges.gauges = deployment;
    gauges.trust = new CardTrust(); // never loaded: no anchors, no reload yet
    gauges.clock = Clock.systemUTC();

    gauges.register();

    assertThat(registry.exported.getMeters())
        .extracting(m -> m.getId().getName())
        .containsExactlyInAnyOrder(
            "cns.trusted.issuers",
            "cns.trusted.issuers.reload.age",
            "cns.outbox.pending",
            "cns.outbox.failed",
            "cns.outbox.oldest.pending.age",
            "cns.partner.certificates.expiring");
    assertThat(registry.exported.get("cns.trusted.issuers").gauge().value()).isZero();
    assertThat(
            registry
                .exported
                .get("cns.outbox.oldest.pending.age")
                .timeGauge()
                .value(TimeUnit.SECONDS))
        .isZero();
    assertThat(registry.exported.getMeters())
        .allMatch(m -> "cns-enrollment.ear".equals(m.getId().getTag("WF_DEPLOYMENT")));
    assertThat(registry.getMeters()).as("left in the deployment's registry").isEmpty();

    deployment.removeAll();
    assertThat(registry.exported.getMeters()).as("left behind by the undeployment").isEmpty();
  }
}
