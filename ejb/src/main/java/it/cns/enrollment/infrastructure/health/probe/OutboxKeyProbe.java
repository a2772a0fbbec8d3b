package it.cns.enrollment.infrastructure.health.probe;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: the outbox key seals and opens. */
@Readiness
@ApplicationScoped
public class OutboxKeyProbe extends ApplicationProbe {

  public OutboxKeyProbe() {
    super("outbox-key");
  }
}
