package it.cns.enrollment.infrastructure.pki.validation;

/** Where a revocation status comes from. */
public enum RevocationSource {
  /** The responder named in the certificate's Authority Information Access extension. */
  OCSP,
  /** The CRLs named in the certificate's CRL Distribution Points extension. */
  CRL
}
