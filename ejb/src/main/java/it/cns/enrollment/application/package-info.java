/**
 * Use-case services ({@code @Stateless}): each public method is one transaction, checks who is
 * asking, calls the domain and writes the audit event in the same transaction. Thin on business
 * rules (those live in the domain); no JSF, SOAP or servlet types here.
 *
 * <p>Rule: the outside world is reached through the ports of {@code application.port}, which
 * infrastructure implements; a service never names an infrastructure class. Two exceptions remain
 * until every setting is injected as a value: {@code infrastructure.config.Configuration} (the
 * challenges' time to live) and the outbox's {@code infrastructure.mail.MailConfiguration} (listed
 * in {@code ArchitectureTest}).
 */
package it.cns.enrollment.application;
