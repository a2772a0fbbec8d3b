/**
 * The system status for supervisors ({@link it.cns.enrollment.application.status.SystemStatus}):
 * trusted issuers and their reloads, the card issuers' revocation services, the outbox backlog,
 * partners about to lose access, and activity per day (activations per counter office, citizens'
 * logins by outcome, partner calls per partner). What the node holds in memory comes through the
 * {@code NodeStatus} port, what the database holds through {@code StoredFigures}; when the database
 * is away, the report carries the first and says the second is missing.
 *
 * <p>Everything here is an entry point (the EJB and the records it returns), hence public. Reading
 * aggregates changes nothing and names nobody, so nothing here is audited.
 */
package it.cns.enrollment.application.status;
