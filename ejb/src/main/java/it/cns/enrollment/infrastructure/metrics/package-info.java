/**
 * The application's meters (Micrometer), exported by WildFly's Micrometer subsystem in Prometheus
 * format on the management interface ({@code /metrics}): audited outcomes (logins and refusals by
 * code, enrollments, activations, lockouts), trusted issuers, the outbox backlog, Argon2id waits.
 *
 * <p>Rule: meters observe, they never decide anything; no personal data or secret is ever a tag
 * (tags are actions, channels, stable codes, partner names and operation names).
 */
package it.cns.enrollment.infrastructure.metrics;
