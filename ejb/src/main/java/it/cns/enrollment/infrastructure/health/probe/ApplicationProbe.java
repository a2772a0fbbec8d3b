package it.cns.enrollment.infrastructure.health.probe;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;

/** One named readiness check of the application, judged by the EJB module's ReadinessProbes. */
abstract class ApplicationProbe implements HealthCheck {

  /** ReadinessProbes.JNDI; a constant here because that class is not visible from lib/. */
  static final String PROBES =
      "java:global/cns-enrollment/cns-ejb/ReadinessProbes!java.util.function.Function";

  private final String name;

  ApplicationProbe(String name) {
    this.name = name;
  }

  @Override
  @SuppressWarnings("unchecked")
  public HealthCheckResponse call() {
    Map<String, Object> answer;
    try {
      answer =
          ((Function<String, Map<String, Object>>) new InitialContext().lookup(PROBES)).apply(name);
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
