package it.cns.enrollment.application.audit;

/** What an export of the audit trail wrote: event rows, and whether it stopped at the cap. */
public record AuditExport(long rows, boolean truncated) {}
