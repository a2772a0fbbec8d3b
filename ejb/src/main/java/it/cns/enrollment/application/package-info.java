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
 * <p>Who is asking is the request's {@link it.cns.enrollment.application.security.Caller}, filled
 * once at the edge; no method takes it as a parameter. An intranet use case is {@code RolesAllowed}
 * (the container's check) and {@link it.cns.enrollment.application.security.Audited} (the
 * database's check, and its refusals audited in a transaction of their own); a use case adds only
 * the subject of a refusal ({@link it.cns.enrollment.application.security.RefusalSubject}) and
 * records its successful changes itself.
 *
 * <p>One sub-package per use case, each saying in its {@code package-info.java} what it offers:
 * {@code card} (primo accesso, abilitazione, smartcard login, revocation), {@code credentials}
 * (password logins, personal area), {@code counter} (activation, form, card lookup), {@code
 * partner} (the partner API's use cases), {@code intranet} (supervisors' administration), {@code
 * audit} (reading the trail), {@code mail} (the outbox); and {@code security}, the mechanisms they
 * all share (caller, authorisation, audit of refusals, secret attempts). What is public is an entry
 * point (a {@code @Stateless} service or a record it exchanges, or a shared mechanism); a helper
 * used by one use case is package-private. The sub-packages form no cycle ({@code
 * ArchitectureTest}).
 */
package it.cns.enrollment.application;
