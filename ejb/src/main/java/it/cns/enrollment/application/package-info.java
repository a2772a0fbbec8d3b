/**
 * Use-case services ({@code @Stateless}): each public method is one transaction, checks who is
 * asking, calls the domain and writes the audit event in the same transaction. Thin on business
 * rules (those live in the domain); no JSF, SOAP or servlet types here.
 *
 * <p>Rule: the outside world is reached through the ports of {@code application.port}, which
 * infrastructure implements; a service never names an infrastructure class, not even to read a
 * setting: settings arrive as values injected by {@code infrastructure.config} (the domain's {@code
 * ChallengeSettings}, {@code MailSettings}, …). Checked by {@code ArchitectureTest}.
 *
 * <p>Who is asking is the request's {@link it.cns.enrollment.application.Caller}, filled once at
 * the edge; no method takes it as a parameter. An intranet use case is {@code RolesAllowed} (the
 * container's check) and {@link it.cns.enrollment.application.Audited} (the database's check, and
 * its refusals audited in a transaction of their own); a use case adds only the subject of a
 * refusal ({@link it.cns.enrollment.application.RefusalSubject}) and records its successful changes
 * itself.
 */
package it.cns.enrollment.application;
