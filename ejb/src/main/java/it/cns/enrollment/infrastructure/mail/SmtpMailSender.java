package it.cns.enrollment.infrastructure.mail;

import it.cns.enrollment.application.port.MailTransport;
import it.cns.enrollment.application.port.MailTransportException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Objects;

/**
 * Sends one plain-text mail through the server's mail session {@code java:jboss/mail/cns} (SMTP
 * host, port, sender, optional login and STARTTLS, and the connect/read timeouts that keep a dead
 * relay from holding a thread: see {@code wildfly-config/src/main/cli/80-mail.cli}).
 *
 * <p>The Message-ID is derived from the outbox id, so should a mail go out twice (the server took
 * it but the outbox could not record that), mail programs can tell the copy for what it is.
 */
@ApplicationScoped
public class SmtpMailSender implements MailTransport {

  /** Where the server binds the mail session. */
  public static final String SESSION = "java:jboss/mail/cns";

  @Resource(lookup = SESSION)
  Session session;

  /**
   * Sends the mail (UTF-8 text, the subject encoded as needed).
   *
   * @throws MailTransportException when the relay cannot be reached or refuses it, caused by the
   *     {@link MessagingException}
   */
  @Override
  public void send(long outboxId, String recipient, String subject, char[] body)
      throws MailTransportException {
    Objects.requireNonNull(body, "body is required");
    try {
      MimeMessage message = new OutboxMessage(session, outboxId);
      String from = session.getProperty("mail.from");
      if (from != null && !from.isBlank()) {
        message.setFrom(new InternetAddress(from, true));
      } else {
        message.setFrom();
      }
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
      message.setSubject(subject, "UTF-8");
      message.setSentDate(new Date());
      message.setHeader("Auto-Submitted", "auto-generated");
      message.setHeader("Content-Language", "it, en");
      message.setText(new String(body), "UTF-8");
      Transport.send(message);
    } catch (MessagingException e) {
      throw new MailTransportException(e);
    }
  }

  /** A message whose Message-ID names its outbox row. */
  private static final class OutboxMessage extends MimeMessage {
    private final long outboxId;

    OutboxMessage(Session session, long outboxId) {
      super(session);
      this.outboxId = outboxId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", "<cns-outbox-" + outboxId + "@cns-enrollment.invalid>");
    }
  }
}
