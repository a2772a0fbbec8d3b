/**
 * Use-case services ({@code @Stateless}): each public method is one transaction, checks who is
 * asking, calls the domain and writes the audit event in the same transaction. Thin on business
 * rules (those live in the domain); no JSF, SOAP or servlet types here.
 *
 * <p>Rule: the outside world is reached through the ports of {@code application.port}, which
 * infrastructure implements; a service never names an infrastructure class, not even to read a
 * setting: settings arrive as values injected by {@code infrastructure.config} (the domain's {@code
 * ChallengeSettings}, {@code MailSettings}, …). Checked by {@code ArchitectureTest}.
 */
package it.cns.enrollment.application;
