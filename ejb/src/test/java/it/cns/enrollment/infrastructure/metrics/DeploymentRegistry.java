package it.cns.enrollment.infrastructure.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * A fake of the registry WildFly 39 injects into a deployment (its {@code ApplicationRegistry}, as
 * read from wildfly-micrometer 39.0.1): a registry of its own whose name-based methods register in
 * the server's registry with a {@code WF_DEPLOYMENT} tag. A meter's {@code builder().register()}
 * goes through the package-private {@code MeterRegistry} methods instead, which are not forwarded:
 * such a meter stays here and is never exported. Search and removal reach the server's registry, as
 * WildFly's do. Tests assert on {@link #exported}.
 */
final class DeploymentRegistry extends SimpleMeterRegistry {

  /** What the server's Prometheus endpoint would show. */
  final SimpleMeterRegistry exported;

  DeploymentRegistry() {
    this(new SimpleMeterRegistry());
  }

  /** A deployment into a server whose registry is {@code exported}, as a redeployment is. */
  DeploymentRegistry(SimpleMeterRegistry exported) {
    this.exported = exported;
  }

  private final More more = new ForwardingMore();

  private static final String DEPLOYMENT = "cns-enrollment.ear";

  private static Iterable<Tag> tagged(Iterable<Tag> tags) {
    return Tags.of(tags).and("WF_DEPLOYMENT", DEPLOYMENT);
  }

  /** As WildFly's: searches the server's registry, among this deployment's meters. */
  @Override
  public Search find(String name) {
    return exported.find(name).tag("WF_DEPLOYMENT", DEPLOYMENT);
  }

  /** As WildFly's: removes from the server's registry. */
  @Override
  public Meter remove(Meter meter) {
    return exported.remove(meter.getId());
  }

  @Override
  public Counter counter(String name, Iterable<Tag> tags) {
    return exported.counter(name, tagged(tags));
  }

  @Override
  public Timer timer(String name, Iterable<Tag> tags) {
    return exported.timer(name, tagged(tags));
  }

  @Override
  public DistributionSummary summary(String name, Iterable<Tag> tags) {
    return exported.summary(name, tagged(tags));
  }

  @Override
  public <T> T gauge(String name, Iterable<Tag> tags, T state, ToDoubleFunction<T> valueFunction) {
    exported.gauge(name, tagged(tags), state, valueFunction);
    return state;
  }

  @Override
  public More more() {
    return more;
  }

  private final class ForwardingMore extends More {
    @Override
    public <T> TimeGauge timeGauge(
        String name, Iterable<Tag> tags, T obj, TimeUnit timeUnit, ToDoubleFunction<T> f) {
      return exported.more().timeGauge(name, tagged(tags), obj, timeUnit, f);
    }
  }
}
