package it.cns.enrollment.domain.partner;

import java.util.Optional;

/** Partner records, found by the client certificate they present. */
public interface PartnerRepository {

  /**
   * The partner whose record names this certificate: by issuer (canonical) and serial (hex), or by
   * SHA-256 fingerprint. Whether a record that pins a fingerprint really matches is decided by
   * {@link Partner#isIdentifiedBy(PartnerCertificateId)}.
   */
  Optional<Partner> findByCertificate(String canonicalIssuer, String serialHex, String sha256);

  void add(Partner p);
}
