package it.cns.enrollment.application.port;

/**
 * A mail the relay did not take. The cause is the transport's own failure (e.g. the SMTP reply),
 * which is what the outbox records as the reason.
 */
public class MailTransportException extends Exception {

  private static final long serialVersionUID = 1L;

  public MailTransportException(Throwable cause) {
    super(cause == null ? null : cause.getMessage(), cause);
  }
}
