/**
 * The audit trail: an append-only record of every state change and every refused attempt, with
 * actor, channel, certificate issuer and serial, outcome and request id. Never a secret.
 */
package it.cns.enrollment.domain.audit;
