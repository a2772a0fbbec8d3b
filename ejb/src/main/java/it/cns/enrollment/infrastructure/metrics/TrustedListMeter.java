package it.cns.enrollment.infrastructure.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import it.cns.enrollment.infrastructure.pki.validation.TrustedListDownload.Outcome;
import it.cns.enrollment.infrastructure.pki.validation.TrustedListObserver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The trusted list downloads as operations see them:
 *
 * <ul>
 *   <li>{@code cns_trusted_list_refresh_total} by {@code outcome} ({@code UPDATED}, {@code
 *       UNCHANGED}, or why the list was refused: {@code NETWORK_ERROR}, {@code BAD_SIGNATURE},
 *       {@code WRONG_SIGNER}, {@code EXPIRED}, ...);
 *   <li>{@code cns_trusted_list_verified_age_seconds}: since the last refresh that found the
 *       publisher's current list (UPDATED or UNCHANGED), growing while refreshes fail - the one to
 *       alert on.
 * </ul>
 */
@ApplicationScoped
public class TrustedListMeter implements TrustedListObserver {

  static final String REFRESH = "cns.trusted.list.refresh";
  static final String VERIFIED_AGE = "cns.trusted.list.verified.age";

  @Inject MeterRegistry registry;
  @Inject DeploymentGauges gauges;
  @Inject Clock clock;

  private final AtomicReference<Instant> lastVerified = new AtomicReference<>();
  private boolean ageGaugeRegistered;

  @Override
  public void refreshed(Outcome outcome) {
    registry.counter(REFRESH, Tags.of("outcome", outcome.name())).increment();
    if (outcome.succeeded()) {
      lastVerified.set(clock.instant());
    }
    registerGauge();
  }

  private synchronized void registerGauge() {
    if (!ageGaugeRegistered) {
      // Registered at the first refresh: a node without a download has no such series.
      gauges.timeGauge(
          VERIFIED_AGE,
          Tags.empty(),
          lastVerified,
          TimeUnit.SECONDS,
          at ->
              at.get() == null
                  ? Double.NaN
                  : Math.max(0, clock.millis() - at.get().toEpochMilli()) / 1000.0);
      ageGaugeRegistered = true;
    }
  }
}
