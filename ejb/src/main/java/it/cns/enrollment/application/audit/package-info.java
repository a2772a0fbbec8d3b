/**
 * The supervisors' reading of the audit trail: pages by cursor and the CSV export ({@link
 * it.cns.enrollment.application.audit.AuditTrail}). Writing audit events is not here but in {@code
 * application.security} ({@code AuditRecorder}), which every use case uses.
 *
 * <p>Everything here is an entry point (the EJB and the records it returns), hence public.
 */
package it.cns.enrollment.application.audit;
