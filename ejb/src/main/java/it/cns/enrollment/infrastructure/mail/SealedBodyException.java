package it.cns.enrollment.infrastructure.mail;

/** A sealed body does not open: it was changed, or belongs to another key or another row. */
public class SealedBodyException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public SealedBodyException(String message) {
    super(message);
  }
}
