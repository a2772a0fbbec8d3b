package it.cns.enrollment.infrastructure.pki.validation;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * One certificate of a path as the revocation checks need it, decoded once (issue #19): its OCSP
 * responders (AIA), its CRL distribution points, and its OCSP CertID (hashes of the issuer's name
 * and key), made at the first OCSP look-up. {@link CertificateValidator} keeps these with the
 * trusted path it remembers, so a warm validation decodes no extension and hashes no issuer again,
 * however many sources it asks and however many times the same card comes back.
 */
final class RevocationTarget {

  private final X509Certificate certificate;
  private final X509Certificate issuer;
  private final List<URI> ocspResponders;
  private final List<URI> crlDistributionPoints;

  /** The CertID, or why it cannot be made; computed at most once (a benign race at worst). */
  private volatile Object certificateId;

  private volatile String ocspCacheKey;

  private RevocationTarget(X509Certificate certificate, X509Certificate issuer) {
    this.certificate = Objects.requireNonNull(certificate, "certificate is required");
    this.issuer = Objects.requireNonNull(issuer, "issuer is required");
    this.ocspResponders = List.copyOf(OcspChecker.responderUris(certificate));
    this.crlDistributionPoints = List.copyOf(CrlChecker.distributionPointUris(certificate));
  }

  /** {@code certificate}, issued by {@code issuer}, decoded now. */
  static RevocationTarget of(X509Certificate certificate, X509Certificate issuer) {
    return new RevocationTarget(certificate, issuer);
  }

  X509Certificate certificate() {
    return certificate;
  }

  X509Certificate issuer() {
    return issuer;
  }

  List<URI> ocspResponders() {
    return ocspResponders;
  }

  List<URI> crlDistributionPoints() {
    return crlDistributionPoints;
  }

  /** Whether the certificate names any OCSP responder or CRL distribution point at all. */
  boolean hasPointers() {
    return !ocspResponders.isEmpty() || !crlDistributionPoints.isEmpty();
  }

  /**
   * The OCSP CertID (SHA-1, as RFC 5019 responders expect).
   *
   * @throws IllegalStateException when it cannot be made (e.g. an unreadable issuer), every time
   */
  CertificateID certificateId() {
    Object id = certificateId;
    if (id == null) {
      try {
        id =
            new CertificateID(
                new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                new JcaX509CertificateHolder(issuer),
                certificate.getSerialNumber());
      } catch (Exception e) {
        id = "cannot build the OCSP CertID: " + e;
      }
      certificateId = id;
    }
    if (id instanceof CertificateID made) {
      return made;
    }
    throw new IllegalStateException((String) id);
  }

  /** Where {@link OcspChecker} remembers answers about this certificate: issuer key and serial. */
  String ocspCacheKey() {
    String key = ocspCacheKey;
    if (key == null) {
      CertificateID id = certificateId();
      key = HexFormat.of().formatHex(id.getIssuerKeyHash()) + ":" + id.getSerialNumber();
      ocspCacheKey = key;
    }
    return key;
  }
}
