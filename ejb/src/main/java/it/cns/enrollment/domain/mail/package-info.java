/**
 * E-mail to citizens: the outbox of mails waiting to go out ({@link
 * it.cns.enrollment.domain.mail.OutboundMail}), their state, the retry schedule and the outbox's
 * timing ({@link it.cns.enrollment.domain.mail.MailSettings}), and e-mail addresses as a value
 * object.
 *
 * <p>Rule: a mail's body may carry secrets (the second half of PIN, PUK and CIP), so the domain
 * never holds it in clear beyond the caller's {@code char[]}: an outbox row keeps it sealed and
 * loses it once the mail is sent or given up. No type here prints a body or a full address in its
 * {@code toString()}. Sealing and sending are infrastructure's ({@code infrastructure.mail}).
 */
package it.cns.enrollment.domain.mail;
