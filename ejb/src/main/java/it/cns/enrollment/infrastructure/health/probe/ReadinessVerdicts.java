package it.cns.enrollment.infrastructure.health.probe;

import java.util.Map;

/**
 * The EJB module's side of the probes: its bean answers through this view, which lives here in
 * {@code lib/} so that both the probes and the EJB module see it (a JDK interface cannot be an EJB
 * view: WildFly reflects into it).
 */
public interface ReadinessVerdicts {

  /** Where the EJB module binds its implementation (the EAR's and the module's names are fixed). */
  String JNDI =
      "java:global/cns-enrollment/cns-ejb/ReadinessProbes!"
          + "it.cns.enrollment.infrastructure.health.probe.ReadinessVerdicts";

  /** The named check's verdict: {@code status} ("UP"/"DOWN") and the check's data. */
  Map<String, Object> verdict(String check);
}
