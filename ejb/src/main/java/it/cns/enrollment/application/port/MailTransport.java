package it.cns.enrollment.application.port;

/**
 * Sends one plain-text mail of the outbox through the mail relay. Whether it is sent again on
 * failure is the outbox's decision, not the transport's.
 */
public interface MailTransport {

  /**
   * Sends the mail (UTF-8 text). {@code outboxId} names the message (its Message-ID), so should a
   * mail go out twice, mail programs can tell the copy for what it is.
   *
   * @throws MailTransportException when the relay cannot be reached or refuses the mail
   */
  void send(long outboxId, String recipient, String subject, char[] body)
      throws MailTransportException;
}
