package it.cns.enrollment.infrastructure.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;

/**
 * Builds check responses with the API's own constructor rather than its builder: the builder needs
 * the server's implementation found through a service loader, the constructor does not, so the
 * verdicts are unit-testable as they are.
 */
final class Verdicts {

  private Verdicts() {}

  static HealthCheckResponse of(String name, boolean up, Map<String, Object> data) {
    return new HealthCheckResponse(
        name,
        up ? Status.UP : Status.DOWN,
        data.isEmpty() ? Optional.empty() : Optional.of(new LinkedHashMap<>(data)));
  }
}
