package it.cns.enrollment.infrastructure.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * Every gauge of the application goes through here: registered in the server's registry by name
 * (see package-info), remembered, and removed when the deployment ends.
 *
 * <p>Why: a gauge reads its state object through a weak reference and outlives the deployment in
 * WildFly's registry. Left there it reads NaN, and the next deployment asking for the same name and
 * tags gets that one back instead of its own (Arquillian redeploys the EAR per test class:
 * MetricsIT read a stale CRL-age gauge). This bean also holds each state object strongly for as
 * long as the deployment lives, so a gauge never reads a collected one.
 */
@ApplicationScoped
public class DeploymentGauges {

  @Inject MeterRegistry registry;

  private record Registered(String name, Tags tags, Object state) {}

  private final List<Registered> registered = new CopyOnWriteArrayList<>();

  /** A gauge {@code name} that reads {@code value} of {@code state}. */
  public <T> void gauge(String name, Tags tags, T state, ToDoubleFunction<T> value) {
    registry.gauge(name, tags, state, value);
    registered.add(new Registered(name, tags, state));
  }

  /** A gauge of a duration: {@code value} of {@code state} in {@code unit}, exported in seconds. */
  public <T> void timeGauge(
      String name, Tags tags, T state, TimeUnit unit, ToDoubleFunction<T> value) {
    registry.more().timeGauge(name, tags, state, unit, value);
    registered.add(new Registered(name, tags, state));
  }

  /** At undeployment: this deployment's gauges leave the server's registry. */
  @PreDestroy
  void removeAll() {
    for (Registered gauge : registered) {
      registry.find(gauge.name()).tags(gauge.tags()).meters().forEach(registry::remove);
    }
    registered.clear();
  }
}
