package it.cns.enrollment.infrastructure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DeploymentGaugesTest {

  private final SimpleMeterRegistry server = new SimpleMeterRegistry();

  static DeploymentGauges deployedInto(DeploymentRegistry registry) {
    DeploymentGauges gauges = new DeploymentGauges();
    gauges.registry = registry;
    return gauges;
  }

  private double exported(String name) {
    return server.get(name).gauge().value();
  }

  @Test
  void aGaugeReadsItsStateUntilTheDeploymentEnds() {
    DeploymentGauges gauges = deployedInto(new DeploymentRegistry(server));
    AtomicLong pending = new AtomicLong(3);

    gauges.gauge("cns.test.pending", Tags.of("kind", "a"), pending, AtomicLong::get);
    pending.set(4);
    assertThat(exported("cns.test.pending")).isEqualTo(4);
    assertThat(server.get("cns.test.pending").gauge().getId().getTag("WF_DEPLOYMENT"))
        .isEqualTo("cns-enrollment.ear");

    gauges.removeAll();
    assertThat(server.find("cns.test.pending").meters()).isEmpty();
  }

  @Test
  void theNextDeploymentReadsItsOwnStateNotTheEndedOnes() {
    DeploymentGauges first = deployedInto(new DeploymentRegistry(server));
    first.gauge("cns.test.pending", Tags.empty(), new AtomicLong(1), AtomicLong::get);
    first.timeGauge(
        "cns.test.age", Tags.empty(), new AtomicLong(60), TimeUnit.SECONDS, AtomicLong::get);
    first.removeAll();

    DeploymentGauges next = deployedInto(new DeploymentRegistry(server));
    next.gauge("cns.test.pending", Tags.empty(), new AtomicLong(2), AtomicLong::get);
    next.timeGauge(
        "cns.test.age", Tags.empty(), new AtomicLong(5), TimeUnit.MINUTES, AtomicLong::get);

    assertThat(exported("cns.test.pending")).isEqualTo(2);
    assertThat(server.get("cns.test.age").timeGauge().value(TimeUnit.SECONDS)).isEqualTo(300);
  }

  @Test
  void removesOnlyTheGaugesItRegistered() {
    DeploymentRegistry registry = new DeploymentRegistry(server);
    DeploymentGauges gauges = deployedInto(registry);
    gauges.gauge("cns.test.pending", Tags.of("kind", "a"), new AtomicLong(1), AtomicLong::get);
    registry.counter("cns.test.events", Tags.empty()).increment();
    AtomicLong other = new AtomicLong(7);
    registry.gauge("cns.test.pending", Tags.of("kind", "b"), other, AtomicLong::get);

    gauges.removeAll();

    assertThat(server.get("cns.test.events").counter().count()).isEqualTo(1);
    assertThat(server.get("cns.test.pending").tag("kind", "b").gauge().value()).isEqualTo(7);
    assertThat(server.find("cns.test.pending").tag("kind", "a").gauge()).isNull();
  }
}
