package it.cns.enrollment.infrastructure.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import it.cns.enrollment.infrastructure.pki.validation.RevocationMode;
import it.cns.enrollment.infrastructure.pki.validation.RevocationObserver;
import it.cns.enrollment.infrastructure.pki.validation.RevocationSource;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import javax.security.auth.x500.X500Principal;

/**
 * The card issuers' revocation services as operations see them:
 *
 * <ul>
 *   <li>{@code cns_revocation_fetch_seconds} by {@code source} ({@code CRL}: a download, {@code
 *       OCSP}: a request) and {@code outcome} ({@code OK}, {@code ERROR}: no answer in time, an
 *       HTTP error, too large): counts, failures and latency in one timer;
 *   <li>{@code cns_crl_age_seconds} by {@code issuer}: since the thisUpdate of the freshest CRL
 *       stored for that CA, growing when downloads fail;
 *   <li>{@code cns_revocation_undetermined_total} by {@code decision}: certificates about which
 *       neither OCSP nor CRL answered, {@code REFUSED} (fail closed) or {@code ACCEPTED} (fail
 *       open, with a warning audited).
 * </ul>
 */
@ApplicationScoped
public class RevocationMeter implements RevocationObserver {

  static final String FETCH = "cns.revocation.fetch";
  static final String CRL_AGE = "cns.crl.age";
  static final String UNDETERMINED = "cns.revocation.undetermined";

  @Inject MeterRegistry registry;
  @Inject DeploymentGauges gauges;
  @Inject Clock clock;

  private final Map<List<String>, Timer> fetches = new ConcurrentHashMap<>();
  private final Map<RevocationMode, Counter> undetermined = new ConcurrentHashMap<>();
  private final Map<String, Instant> freshestCrl = new ConcurrentHashMap<>();

  // The same events as tallies this deployment can read back, for the supervisors' status page
  // (MeasuredNodeStatus): a meter's value is the server registry's business.
  private final Map<RevocationSource, Tally> tallies = new ConcurrentHashMap<>();
  private final Map<RevocationMode, LongAdder> undeterminedTallies = new ConcurrentHashMap<>();
  private volatile Instant since;

  /** One kind of revocation service: answered, failed, when it last failed. */
  public record Tally(LongAdder answered, LongAdder failed, AtomicReference<Instant> lastFailure) {
    Tally() {
      this(new LongAdder(), new LongAdder(), new AtomicReference<>());
    }
  }

  /** Created with the deployment (not at the first exchange), so "since" is the deployment's. */
  void started(@Observes @Initialized(ApplicationScoped.class) Object deployment) {
    counting();
  }

  @PostConstruct
  void counting() {
    if (since == null) {
      since = clock.instant();
    }
  }

  @Override
  public void exchanged(RevocationSource source, boolean answered, Duration took) {
    String outcome = answered ? "OK" : "ERROR";
    Tally tally = tallies.computeIfAbsent(source, s -> new Tally());
    if (answered) {
      tally.answered().increment();
    } else {
      tally.failed().increment();
      tally.lastFailure().set(clock.instant());
    }
    fetches
        .computeIfAbsent(
            List.of(source.name(), outcome),
            k -> registry.timer(FETCH, Tags.of("source", k.get(0), "outcome", k.get(1))))
        .record(took.toNanos(), TimeUnit.NANOSECONDS);
  }

  @Override
  public void crlStored(X500Principal issuer, Instant thisUpdate) {
    String name = issuer.getName(X500Principal.RFC2253);
    Instant before = freshestCrl.putIfAbsent(name, thisUpdate);
    if (before == null) {
      // First CRL of this CA: its gauge reads the map from now on.
      gauges.timeGauge(
          CRL_AGE, Tags.of("issuer", name), freshestCrl, TimeUnit.SECONDS, m -> age(m, name));
    } else {
      freshestCrl.merge(name, thisUpdate, (a, b) -> a.isAfter(b) ? a : b);
    }
  }

  @Override
  public void undetermined(RevocationMode mode) {
    undeterminedTallies.computeIfAbsent(mode, m -> new LongAdder()).increment();
    undetermined
        .computeIfAbsent(
            mode,
            m ->
                registry.counter(
                    UNDETERMINED,
                    Tags.of("decision", m == RevocationMode.FAIL_CLOSED ? "REFUSED" : "ACCEPTED")))
        .increment();
  }

  /** When this deployment started counting. */
  public Instant since() {
    return since;
  }

  /** The tally of a kind of service; zeros when it was never asked. */
  public Tally tally(RevocationSource source) {
    return tallies.getOrDefault(source, new Tally());
  }

  /** Certificates about which no service answered, handled in this mode. */
  public long undeterminedCount(RevocationMode mode) {
    LongAdder n = undeterminedTallies.get(mode);
    return n == null ? 0 : n.sum();
  }

  /** Per issuer CA (RFC 2253 name), the thisUpdate of the freshest CRL stored. */
  public Map<String, Instant> freshestCrls() {
    return Map.copyOf(freshestCrl);
  }

  private double age(Map<String, Instant> crls, String issuer) {
    Instant thisUpdate = crls.get(issuer);
    return thisUpdate == null
        ? Double.NaN
        : Math.max(0, clock.millis() - thisUpdate.toEpochMilli()) / 1000.0;
  }
}
