/**
 * The retention job (issue #15): {@link it.cns.enrollment.application.retention.RetentionSchedule}
 * ticks on every node every {@code CNS_RETENTION_INTERVAL_SECONDS}; {@link
 * it.cns.enrollment.application.retention.RetentionPurge} runs a round in one transaction that
 * first claims the job's row, so that one node per interval purges and the others skip, and audits
 * what it deleted as the system, with counts only.
 */
package it.cns.enrollment.application.retention;
