/**
 * Health checks (MicroProfile Health) a load balancer or an orchestrator reads on the management
 * interface ({@code /health/ready}, {@code /health/live}): readiness goes DOWN when this node
 * cannot serve - PostgreSQL unreachable, no trusted CNS issuer loaded or the anchors stale, the
 * outbox key unusable - and reports the mail relay as degraded without taking the node out.
 *
 * <p>Rule: adapters of infrastructure state; they read, never change anything, and never put a
 * secret or personal data in what they report.
 */
package it.cns.enrollment.infrastructure.health;
