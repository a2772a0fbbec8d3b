package it.cns.enrollment.application.port;

/**
 * Seals an outbox body under the outbox key and opens it again at delivery, so that a stored row
 * never holds a body in clear. The associated data (the row's kind, reference and recipient) is
 * authenticated, not stored: a body opens only for the row it was sealed for.
 */
public interface MailBodySealer {

  /** {@code body} sealed, bound to {@code associatedData}. */
  byte[] seal(char[] body, byte[] associatedData);

  /**
   * The body sealed by {@link #seal} with the same key and associated data; the caller wipes it.
   *
   * @throws IllegalStateException when it was changed, sealed under another key or for other data
   */
  char[] open(byte[] sealed, byte[] associatedData);
}
