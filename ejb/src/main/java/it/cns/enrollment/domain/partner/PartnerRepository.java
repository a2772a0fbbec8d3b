package it.cns.enrollment.domain.partner;

import java.util.List;
import java.util.Optional;

/** Partner records, found by the client certificate they present. */
public interface PartnerRepository {

  /**
   * The partner whose record names this certificate: by issuer (canonical) and serial (hex), or by
   * SHA-256 fingerprint. Whether a record that pins a fingerprint really matches is decided by
   * {@link Partner#isIdentifiedBy(PartnerCertificateId)}.
   */
  Optional<Partner> findByCertificate(String canonicalIssuer, String serialHex, String sha256);

  /**
   * Adds a partner. A name or certificate that another record has already is refused with {@link
   * PartnerTakenException}, also when a concurrent registration got there first.
   */
  void add(Partner p);

  /** Every partner, by name. */
  List<Partner> all();

  Optional<Partner> find(long id);

  Optional<Partner> findByName(String name);

  /**
   * Writes the changes of a partner now, so that a certificate another record names is refused
   * ({@link PartnerTakenException}) before the audit record is written.
   */
  void flush();
}
