/**
 * The readiness probes WildFly's MicroProfile Health discovers. Packaged apart, as the EAR's {@code
 * lib/cns-health.jar}, because WildFly looks for checks only in the EAR's top-level bean archives;
 * each probe asks {@code ReadinessProbes} in the EJB module for its verdict.
 *
 * <p>Rule: depends on nothing of the application but JNDI names (a class of the EJB module is not
 * visible from {@code lib/}); excluded from the EJB jar.
 */
package it.cns.enrollment.infrastructure.health.probe;
