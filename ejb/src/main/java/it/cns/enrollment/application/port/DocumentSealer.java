package it.cns.enrollment.application.port;

/**
 * Seals a document that carries secrets (the activation form, with the first halves of the codes)
 * for the short time it is stored, and opens it again. The associated data names the row it was
 * sealed for and is authenticated, not stored: a sealed document opens only for its own row.
 */
public interface DocumentSealer {

  /** {@code plain} sealed, bound to {@code associatedData}; the caller wipes {@code plain}. */
  byte[] sealBytes(byte[] plain, byte[] associatedData);

  /**
   * The bytes sealed by {@link #sealBytes} with the same key and associated data; the caller wipes
   * them.
   *
   * @throws IllegalStateException when they were changed, sealed under another key or for other
   *     data
   */
  byte[] openBytes(byte[] sealed, byte[] associatedData);
}
