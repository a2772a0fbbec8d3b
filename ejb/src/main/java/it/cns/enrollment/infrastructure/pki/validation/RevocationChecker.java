package it.cns.enrollment.infrastructure.pki.validation;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks the revocation sources in the policy's order; the first definite answer (good or revoked)
 * wins, so an unreachable OCSP responder falls back to the CRL and vice versa.
 */
final class RevocationChecker {

  private final OcspChecker ocsp;
  private final CrlChecker crl;
  private final List<RevocationSource> order;

  RevocationChecker(OcspChecker ocsp, CrlChecker crl, List<RevocationSource> order) {
    this.ocsp = ocsp;
    this.crl = crl;
    this.order = List.copyOf(order);
  }

  RevocationStatus check(X509Certificate certificate, X509Certificate issuer, Instant at) {
    List<String> problems = new ArrayList<>();
    RevocationSource last = order.get(0);
    for (RevocationSource source : order) {
      last = source;
      RevocationStatus status =
          switch (source) {
            case OCSP -> ocsp.check(certificate, issuer, at);
            case CRL -> crl.check(certificate, issuer, at);
          };
      if (status.isDefinite()) {
        return status;
      }
      problems.add(source + ": " + status.detail());
    }
    return RevocationStatus.unknown(last, String.join("; ", problems));
  }

  /** Whether the certificate names any OCSP responder or CRL distribution point at all. */
  static boolean hasPointers(X509Certificate certificate) {
    return !OcspChecker.responderUris(certificate).isEmpty()
        || !CrlChecker.distributionPointUris(certificate).isEmpty();
  }

  void clearCaches() {
    ocsp.clearCache();
    crl.clearCache();
  }
}
