package it.cns.enrollment.infrastructure.mail;

/** {@code CNS_OUTBOX_KEY} is missing or unusable; the message says why, never the value. */
public class InvalidOutboxKeyException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public InvalidOutboxKeyException(String message) {
    super(message);
  }
}
