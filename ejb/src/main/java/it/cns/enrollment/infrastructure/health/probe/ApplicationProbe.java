package it.cns.enrollment.infrastructure.health.probe;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;

/** One named readiness check of the application, judged by the EJB module's ReadinessProbes. */
abstract class ApplicationProbe implements HealthCheck {

  private final String name;

  ApplicationProbe(String name) {
    this.name = name;
  }

  @Override
  public HealthCheckResponse call() {
    Map<String, Object> answer;
    try {
      answer =
          ((ReadinessVerdicts) new InitialContext().lookup(ReadinessVerdicts.JNDI)).verdict(name);
    } catch (NamingException | RuntimeException e) {
      // The EJB module is not (yet, or no longer) deployed: this node cannot serve.
      return new HealthCheckResponse(
          name, Status.DOWN, Optional.of(Map.of("error", e.getClass().getSimpleName())));
    }
    Map<String, Object> data = new LinkedHashMap<>(answer);
    Status status = "UP".equals(data.remove("status")) ? Status.UP : Status.DOWN;
    return new HealthCheckResponse(
        name, status, data.isEmpty() ? Optional.empty() : Optional.of(data));
  }
}
