package it.cns.enrollment.infrastructure.health;

import it.cns.enrollment.infrastructure.health.probe.ReadinessVerdicts;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The application's readiness checks, run by name for the probes WildFly's MicroProfile Health
 * finds ({@code infrastructure.health.probe}, packaged in the EAR's {@code lib/}). WildFly only
 * discovers checks in the EAR's top-level bean archives, never in the EJB or web module, so the
 * probes live there and call this bean through {@code java:global}, by a view ({@link
 * ReadinessVerdicts}) that lives in {@code lib/} too, since this module's classes are not visible
 * from there.
 *
 * <p>Answer: {@code status} ("UP"/"DOWN") and the check's data; an unknown name is DOWN.
 */
@Stateless
@Local(ReadinessVerdicts.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReadinessProbes implements ReadinessVerdicts {

  @Inject DatabaseReadiness database;
  @Inject TrustedIssuersReadiness trustedIssuers;
  @Inject OutboxKeyReadiness outboxKey;
  @Inject MailRelayReadiness mailRelay;

  @Override
  public Map<String, Object> verdict(String name) {
    HealthCheck check =
        switch (name) {
          case DatabaseReadiness.NAME -> database;
          case TrustedIssuersReadiness.NAME -> trustedIssuers;
          case OutboxKeyReadiness.NAME -> outboxKey;
          case MailRelayReadiness.NAME -> mailRelay;
          default -> null;
        };
    Map<String, Object> answer = new LinkedHashMap<>();
    if (check == null) {
      answer.put("status", "DOWN");
      answer.put("reason", "no such check");
      return answer;
    }
    HealthCheckResponse response = check.call();
    answer.put("status", response.getStatus().name());
    response.getData().ifPresent(answer::putAll);
    return answer;
  }
}
