package it.cns.enrollment.infrastructure.health;

import it.cns.enrollment.infrastructure.pki.trust.CardTrust;
import it.cns.enrollment.infrastructure.pki.validation.TrustAnchors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * DOWN when no trusted CNS issuer is loaded (every card would be refused) or when the anchors have
 * not been reloaded successfully for {@link #STALE_AFTER_PERIODS} reload periods: a node that keeps
 * serving yesterday's list while its sources fail should be looked at, and taken out until then.
 */
@ApplicationScoped
public class TrustedIssuersReadiness implements HealthCheck {

  static final String NAME = "trusted-cns-issuers";

  /** Reload periods a node may miss (a source briefly unreachable) before it is stale. */
  static final int STALE_AFTER_PERIODS = 3;

  @Inject CardTrust trust;
  @Inject Clock clock;

  @Override
  public HealthCheckResponse call() {
    TrustAnchors anchors = trust.anchors();
    return judge(
        anchors.anchors().size(),
        anchors.source(),
        trust.lastSuccessfulReload(),
        CardTrust.RELOAD_PERIOD,
        clock.instant());
  }

  /** The verdict on what is loaded, when it was loaded and the reload period, at {@code now}. */
  static HealthCheckResponse judge(
      int anchors, String source, Optional<Instant> lastReload, Duration period, Instant now) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("anchors", (long) anchors); // the server's JSON writer drops Integer values
    data.put("source", source);
    lastReload.ifPresent(at -> data.put("lastReload", at.toString()));
    if (anchors == 0) {
      data.put("reason", "no trusted CNS issuer loaded");
      return Verdicts.of(NAME, false, data);
    }
    Duration allowed = period.multipliedBy(STALE_AFTER_PERIODS);
    if (lastReload.isEmpty() || lastReload.get().plus(allowed).isBefore(now)) {
      data.put("reason", "anchors not reloaded for more than " + allowed);
      return Verdicts.of(NAME, false, data);
    }
    return Verdicts.of(NAME, true, data);
  }
}
