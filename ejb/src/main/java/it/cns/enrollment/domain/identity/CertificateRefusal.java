package it.cns.enrollment.domain.identity;

/**
 * Why a card certificate cannot be used. The constant's name is the stable code ({@link #code()})
 * used in audit records and SOAP faults; the channels word it for the citizen (what is wrong and
 * what to do, never technical detail) under {@code CertificateRefusal.<code>}.
 */
public enum CertificateRefusal {
  EXPIRED,
  NOT_YET_VALID,
  REVOKED,
  UNTRUSTED_ISSUER,
  NOT_CNS_POLICY,
  WRONG_KEY_USAGE,
  CF_UNREADABLE,
  CF_INVALID,
  REVOCATION_UNKNOWN,
  MALFORMED,
  NO_CERTIFICATE;

  /** The stable code: the constant's name, never renamed. */
  public String code() {
    return name();
  }
}
