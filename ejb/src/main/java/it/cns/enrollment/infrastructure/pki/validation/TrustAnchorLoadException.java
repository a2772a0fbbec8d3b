package it.cns.enrollment.infrastructure.pki.validation;

/** Trust anchors could not be loaded; a registry reload that meets it keeps the previous ones. */
public class TrustAnchorLoadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TrustAnchorLoadException(String message) {
    super(message);
  }

  public TrustAnchorLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
