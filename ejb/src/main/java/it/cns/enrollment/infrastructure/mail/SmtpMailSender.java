package it.cns.enrollment.infrastructure.mail;

import it.cns.enrollment.domain.mail.EmailAddress;
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
public class SmtpMailSender {

  /** Where the server binds the mail session. */
  public static final String SESSION = "java:jboss/mail/cns";

  private static final int MAX_REASON_LENGTH = 300;

  @Resource(lookup = SESSION)
  Session session;

  /**
   * Sends the mail (UTF-8 text, the subject encoded as needed).
   *
   * @throws MessagingException when the relay cannot be reached or refuses it; {@link #reason}
   *     turns it into a short text without secrets
   */
  public void send(long outboxId, String recipient, String subject, char[] body)
      throws MessagingException {
    Objects.requireNonNull(body, "body is required");
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
  }

  /**
   * A short description of a failed attempt for the outbox row, the log and the operator: the
   * exception types and messages (SMTP replies), one line, the recipient masked.
   */
  public static String reason(Exception e, String recipient) {
    StringBuilder s = new StringBuilder();
    Throwable t = e;
    for (int depth = 0; t != null && depth < 3; depth++, t = t.getCause()) {
      if (depth > 0) {
        s.append(" <- ");
      }
      s.append(t.getClass().getSimpleName());
      if (t.getMessage() != null) {
        s.append(": ").append(t.getMessage());
      }
    }
    String text = s.toString().replaceAll("\\s+", " ").strip();
    if (recipient != null && !recipient.isEmpty()) {
      text = text.replace(recipient, EmailAddress.mask(recipient));
    }
    return text.length() <= MAX_REASON_LENGTH
        ? text
        : text.substring(0, MAX_REASON_LENGTH - 1) + "…";
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
