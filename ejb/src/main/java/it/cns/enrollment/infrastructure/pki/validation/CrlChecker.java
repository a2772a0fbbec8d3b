package it.cns.enrollment.infrastructure.pki.validation;

import static it.cns.enrollment.infrastructure.pki.validation.RevocationSource.CRL;

import java.net.URI;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/**
 * Looks a certificate up in the CRLs of its distribution points (http and https full names; LDAP
 * and relative names are ignored). A CRL counts only if it is signed by the issuing CA (checked by
 * {@link CrlCache}), its thisUpdate is not in the future, and its nextUpdate is not past by more
 * than the policy's stale grace; a CRL used within the grace yields a warning. Delta CRLs, indirect
 * CRLs and reason-partitioned CRLs are not supported: a CRL with a critical extension other than
 * the issuing distribution point gives no answer.
 */
final class CrlChecker {

  /** issuingDistributionPoint: critical by RFC 5280, and harmless for a full CRL. */
  private static final Set<String> UNDERSTOOD_CRITICAL =
      Set.of(Extension.issuingDistributionPoint.getId());

  private final CrlCache cache;
  private final ValidationPolicy policy;

  CrlChecker(CrlCache cache, ValidationPolicy policy) {
    this.cache = Objects.requireNonNull(cache, "cache is required");
    this.policy = Objects.requireNonNull(policy, "policy is required");
  }

  RevocationStatus check(RevocationTarget target, Instant at) {
    X509Certificate certificate = target.certificate();
    X509Certificate issuer = target.issuer();
    List<URI> points = target.crlDistributionPoints();
    if (points.isEmpty()) {
      return RevocationStatus.unknown(CRL, "no http CRL distribution point in the certificate");
    }
    List<String> problems = new ArrayList<>();
    for (URI point : points) {
      try {
        X509CRL crl = cache.get(point, issuer);
        RevocationStatus status = judge(crl, point, certificate, at);
        if (status.isDefinite()) {
          return status;
        }
        problems.add(status.detail());
      } catch (Exception e) {
        problems.add(point + ": " + e);
      }
    }
    return RevocationStatus.unknown(CRL, String.join("; ", problems));
  }

  /**
   * A definite answer from a CRL already cached and not past its nextUpdate, without any download;
   * empty when there is none (a stale CRL within its grace is left to {@link #check}).
   */
  Optional<RevocationStatus> cached(RevocationTarget target, Instant at) {
    for (URI point : target.crlDistributionPoints()) {
      Optional<X509CRL> crl = cache.peek(point, target.issuer());
      if (crl.isPresent()
          && crl.get().getNextUpdate() != null
          && crl.get().getNextUpdate().toInstant().isAfter(at)) {
        RevocationStatus status = judge(crl.get(), point, target.certificate(), at);
        if (status.isDefinite()) {
          return Optional.of(status);
        }
      }
    }
    return Optional.empty();
  }

  void clearCache() {
    cache.clear();
  }

  private RevocationStatus judge(X509CRL crl, URI point, X509Certificate certificate, Instant at) {
    Set<String> critical = crl.getCriticalExtensionOIDs();
    if (critical != null && !UNDERSTOOD_CRITICAL.containsAll(critical)) {
      return RevocationStatus.unknown(CRL, point + ": unsupported critical CRL extension");
    }
    Instant thisUpdate = crl.getThisUpdate().toInstant();
    if (thisUpdate.isAfter(at.plus(policy.clockSkew()))) {
      return RevocationStatus.unknown(CRL, point + ": thisUpdate " + thisUpdate + " in the future");
    }
    List<String> warnings = new ArrayList<>();
    Instant nextUpdate = crl.getNextUpdate() == null ? null : crl.getNextUpdate().toInstant();
    if (nextUpdate == null || nextUpdate.isBefore(at)) {
      if (nextUpdate == null || nextUpdate.plus(policy.staleCrlGrace()).isBefore(at)) {
        return RevocationStatus.unknown(
            CRL, point + ": stale CRL, nextUpdate " + (nextUpdate == null ? "absent" : nextUpdate));
      }
      warnings.add("stale CRL used within grace: " + point + " nextUpdate " + nextUpdate);
    }
    X509CRLEntry entry = crl.getRevokedCertificate(certificate);
    if (entry != null) {
      String reason = entry.getRevocationReason() == null ? "" : ", " + entry.getRevocationReason();
      return RevocationStatus.revoked(
          CRL, point + ": listed, revoked at " + entry.getRevocationDate().toInstant() + reason);
    }
    return RevocationStatus.good(
        CRL, point + ": not listed (thisUpdate " + thisUpdate + ")", warnings);
  }

  /** The http(s) full-name URIs of the certificate's CRL distribution points. */
  static List<URI> distributionPointUris(X509Certificate certificate) {
    List<URI> uris = new ArrayList<>();
    byte[] value = certificate.getExtensionValue(Extension.cRLDistributionPoints.getId());
    if (value == null) {
      return uris;
    }
    try {
      CRLDistPoint points =
          CRLDistPoint.getInstance(ASN1OctetString.getInstance(value).getOctets());
      for (DistributionPoint point : points.getDistributionPoints()) {
        DistributionPointName name = point.getDistributionPoint();
        if (name == null || name.getType() != DistributionPointName.FULL_NAME) {
          continue;
        }
        for (GeneralName g : GeneralNames.getInstance(name.getName()).getNames()) {
          if (g.getTagNo() == GeneralName.uniformResourceIdentifier) {
            OcspChecker.httpUri(g.getName().toString()).ifPresent(uris::add);
          }
        }
      }
    } catch (RuntimeException e) {
      // An unreadable extension names no CRL; OCSP may still answer.
    }
    return uris;
  }
}
