/**
 * The application's meters (Micrometer), exported by WildFly's Micrometer subsystem in Prometheus
 * format on the management interface ({@code /metrics}): audited outcomes (logins and refusals by
 * code, enrollments, activations, lockouts), trusted issuers, the outbox backlog, Argon2id waits,
 * the card issuers' CRL and OCSP services.
 *
 * <p>Rule: meters observe, they never decide anything; no personal data or secret is ever a tag
 * (tags are actions, channels, stable codes, partner names, operation names and CA names).
 *
 * <p>Rule: meters are registered through the registry's name-based methods ({@code
 * registry.counter(name, tags)}, {@code timer}, {@code gauge}, {@code more().timeGauge}), never
 * with a meter's {@code builder(...).register(registry)}. WildFly 39 injects a per-deployment
 * registry that forwards only the name-based methods to the exported one (adding the {@code
 * WF_DEPLOYMENT} tag); what a builder registers stays in the wrapper and never reaches {@code
 * /metrics}. The architecture tests enforce it.
 *
 * <p>Rule: every gauge is registered through {@link
 * it.cns.enrollment.infrastructure.metrics.DeploymentGauges}, which removes it when the deployment
 * ends; a gauge left behind would read NaN and be handed back to the next deployment. The
 * architecture test allows no other class to register one.
 */
package it.cns.enrollment.infrastructure.metrics;
