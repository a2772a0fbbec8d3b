package it.cns.enrollment.infrastructure.health;

import it.cns.enrollment.application.port.MailBodySealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * DOWN when the outbox key cannot seal and open a body: codes mailed to citizens could neither be
 * queued nor sent. A missing or malformed {@code CNS_OUTBOX_KEY} already stops the deployment
 * (WildFly's own {@code deployments-status} readiness check is then DOWN); this one proves, on
 * every probe, that the key in force works, without ever showing it.
 */
@ApplicationScoped
public class OutboxKeyReadiness implements HealthCheck {

  static final String NAME = "outbox-key";
  private static final char[] PROBE = "readiness probe".toCharArray();
  private static final byte[] ASSOCIATED = "health".getBytes(StandardCharsets.US_ASCII);

  @Inject MailBodySealer sealer;

  @Override
  public HealthCheckResponse call() {
    return judge(sealer);
  }

  static HealthCheckResponse judge(MailBodySealer sealer) {
    try {
      char[] opened = sealer.open(sealer.seal(PROBE, ASSOCIATED), ASSOCIATED);
      boolean works = Arrays.equals(opened, PROBE);
      Arrays.fill(opened, '\0');
      return Verdicts.of(NAME, works, Map.of());
    } catch (RuntimeException e) {
      return Verdicts.of(NAME, false, Map.of("error", e.getClass().getSimpleName()));
    }
  }
}
