/**
 * Mail infrastructure: the outbox key and the sealing of bodies (AES-256-GCM), and sending through
 * the server's mail session {@code java:jboss/mail/cns}.
 *
 * <p>Rule: a body is in clear only inside {@link it.cns.enrollment.infrastructure.mail.MailSealer}
 * and while a message is built and sent; nothing here logs it, nor a full recipient address.
 */
package it.cns.enrollment.infrastructure.mail;
