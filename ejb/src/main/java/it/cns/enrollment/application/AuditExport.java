package it.cns.enrollment.application;

/** What an export of the audit trail wrote: event rows, and whether it stopped at the cap. */
public record AuditExport(long rows, boolean truncated) {}
