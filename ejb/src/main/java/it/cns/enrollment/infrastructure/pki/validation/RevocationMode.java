package it.cns.enrollment.infrastructure.pki.validation;

/** What to do when neither OCSP nor CRL gives a definite answer about a certificate. */
public enum RevocationMode {
  /** Refuse with {@code REVOCATION_UNKNOWN}: the default for every channel. */
  FAIL_CLOSED,
  /**
   * Accept, and say so in {@link ValidationResult#warnings()} and {@link
   * ValidationResult#revocationConfirmed()} so that the caller audits the acceptance.
   */
  FAIL_OPEN
}
