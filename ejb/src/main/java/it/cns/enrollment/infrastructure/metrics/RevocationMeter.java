package it.cns.enrollment.infrastructure.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import it.cns.enrollment.infrastructure.pki.validation.RevocationMode;
import it.cns.enrollment.infrastructure.pki.validation.RevocationObserver;
import it.cns.enrollment.infrastructure.pki.validation.RevocationSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
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

  @Override
  public void exchanged(RevocationSource source, boolean answered, Duration took) {
    String outcome = answered ? "OK" : "ERROR";
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
    undetermined
        .computeIfAbsent(
            mode,
            m ->
                registry.counter(
                    UNDETERMINED,
                    Tags.of("decision", m == RevocationMode.FAIL_CLOSED ? "REFUSED" : "ACCEPTED")))
        .increment();
  }

  private double age(Map<String, Instant> crls, String issuer) {
    Instant thisUpdate = crls.get(issuer);
    return thisUpdate == null
        ? Double.NaN
        : Math.max(0, clock.millis() - thisUpdate.toEpochMilli()) / 1000.0;
  }
}
