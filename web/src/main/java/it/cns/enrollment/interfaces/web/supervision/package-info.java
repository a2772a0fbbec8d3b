/**
 * Supervisors' pages of the intranet: the audit trail (filters in the URL, pages, CSV download),
 * the partner records of the SOAP API and the system status page (its charts drawn as inline SVG by
 * {@code SvgBarChart}). Thin adapters: every rule, and the check that the user is a supervisor, is
 * in the application services ({@code AuditTrail}, {@code PartnerAdministration}, {@code
 * SystemStatus}); the URLs sit under {@code /intranet/supervisione/}, which web.xml reserves to the
 * SUPERVISOR role and ListenerGuard to the public listener.
 */
package it.cns.enrollment.interfaces.web.supervision;
