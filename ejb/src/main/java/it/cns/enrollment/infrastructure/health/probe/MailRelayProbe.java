package it.cns.enrollment.infrastructure.health.probe;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: the SMTP relay, degraded only: always UP. */
@Readiness
@ApplicationScoped
public class MailRelayProbe extends ApplicationProbe {

  public MailRelayProbe() {
    super("mail-relay");
  }
}
