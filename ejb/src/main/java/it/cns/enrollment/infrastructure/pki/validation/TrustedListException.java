package it.cns.enrollment.infrastructure.pki.validation;

import java.util.Objects;

/** An ETSI TS 119 612 trusted list was refused; nothing from it may be trusted. */
public final class TrustedListException extends TrustAnchorLoadException {

  private static final long serialVersionUID = 1L;

  /** Why the list was refused. */
  public enum Reason {
    /** No ds:Signature at the top of the list. */
    UNSIGNED,
    /** The signed content was changed, or the signature does not cover the whole list. */
    BAD_SIGNATURE,
    /** The signature is intact but made with a key other than the configured signer's. */
    WRONG_SIGNER,
    /** Not a well-formed, safe TS 119 612 document (DOCTYPE, bad structure, duplicate Ids...). */
    MALFORMED,
    /** Its NextUpdate is in the past (beyond the configured grace) or absent (a closed list). */
    EXPIRED
  }

  private final Reason reason;

  public TrustedListException(Reason reason, String detail) {
    this(reason, detail, null);
  }

  public TrustedListException(Reason reason, String detail, Throwable cause) {
    super(Objects.requireNonNull(reason, "reason is required") + ": " + detail, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
