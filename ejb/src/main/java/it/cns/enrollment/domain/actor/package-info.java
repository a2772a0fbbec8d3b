/**
 * Who acts: a citizen, an intranet operator or supervisor, a partner system, or the system itself.
 * The application's request-scoped caller holds one, filled once at each edge; services read it
 * instead of taking "who" as a parameter, and the audit trail stores its {@code auditName()}.
 */
package it.cns.enrollment.domain.actor;
