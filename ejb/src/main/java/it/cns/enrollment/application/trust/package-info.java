/**
 * What the system does on its own about the trusted card issuers: {@link
 * it.cns.enrollment.application.trust.TrustedListAudit} records in the audit trail, as the system,
 * each download of the trusted list that is news (a new list taken, a refusal not reported just
 * before), which infrastructure announces as a domain event.
 */
package it.cns.enrollment.application.trust;
