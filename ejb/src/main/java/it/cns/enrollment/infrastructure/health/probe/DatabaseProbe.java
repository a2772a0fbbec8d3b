package it.cns.enrollment.infrastructure.health.probe;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: PostgreSQL reachable through the application's pool. */
@Readiness
@ApplicationScoped
public class DatabaseProbe extends ApplicationProbe {

  public DatabaseProbe() {
    super("database");
  }
}
