/**
 * Who is asking, whether they may, and the record of every answer: the mechanisms every use case
 * shares, in one place, so that no use-case package owns what the others depend on.
 *
 * <p>{@link it.cns.enrollment.application.security.Caller} (the request's actor, filled once at the
 * edge), {@link it.cns.enrollment.application.security.Audited} and its {@link
 * it.cns.enrollment.application.security.AuditedInterceptor} (the database's check of an intranet
 * caller through {@link it.cns.enrollment.application.security.OperatorAuthorization}, and every
 * refusal audited in a transaction of its own, about the {@link
 * it.cns.enrollment.application.security.RefusalSubject}), {@link
 * it.cns.enrollment.application.security.RoleRefusals} (the container's own refusals, bound in
 * {@code jboss-ejb3.xml}), {@link it.cns.enrollment.application.security.AuditRecorder} (the one
 * writer of audit events) and {@link it.cns.enrollment.application.security.SecretAttempts} (count
 * wrong secrets, then lock).
 *
 * <p>Called {@code security} rather than {@code audit}: auditing here is the record of an
 * authorisation's answer, and the two cannot be separated (the interceptor both checks and
 * records); {@code application.audit} is the supervisors' use case of reading that record.
 *
 * <p>Rule: depends on no other application package (every use-case package depends on this one);
 * ArchitectureTest forbids the cycle.
 */
package it.cns.enrollment.application.security;
