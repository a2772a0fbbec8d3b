package it.cns.enrollment.infrastructure.health.probe;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: trusted CNS issuers loaded and reloaded recently. */
@Readiness
@ApplicationScoped
public class TrustedIssuersProbe extends ApplicationProbe {

  public TrustedIssuersProbe() {
    super("trusted-cns-issuers");
  }
}
