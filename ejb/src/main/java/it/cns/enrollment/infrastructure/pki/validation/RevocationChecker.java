package it.cns.enrollment.infrastructure.pki.validation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Asks the revocation sources in the policy's order; the first definite answer (good or revoked)
 * wins, so an unreachable OCSP responder falls back to the CRL and vice versa.
 *
 * <p>What is already known is asked first, in the same order: a remembered OCSP answer, then a
 * cached CRL within its nextUpdate (never a stale one, even within its grace). Either is an answer
 * the network pass also accepts as definite, and fail-open/fail-closed apply as before; so a new
 * card whose CA's CRL is warm costs no OCSP round trip (issue #19). The price, stated: a card
 * revoked after that CRL was issued is caught at the CRL's next update, not by the responder at
 * once, exactly as for a card whose responder is down.
 *
 * <p>Each certificate comes as a {@link RevocationTarget}: its pointers and OCSP CertID are decoded
 * once, not by each source and attempt, and the validator keeps them with the trusted path.
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

  /**
   * The status of one certificate of a path. {@code target} carries what was decoded from the
   * certificate (pointers, CertID) once for every source and attempt (issue #19).
   */
  RevocationStatus check(RevocationTarget target, Instant at) {
    for (RevocationSource source : order) {
      Optional<RevocationStatus> known =
          switch (source) {
            case OCSP -> ocsp.cached(target);
            case CRL -> crl.cached(target, at);
          };
      if (known.isPresent()) {
        return known.get();
      }
    }
    List<String> problems = new ArrayList<>();
    RevocationSource last = order.get(0);
    for (RevocationSource source : order) {
      last = source;
      RevocationStatus status =
          switch (source) {
            case OCSP -> ocsp.check(target, at);
            case CRL -> crl.check(target, at);
          };
      if (status.isDefinite()) {
        return status;
      }
      problems.add(source + ": " + status.detail());
    }
    return RevocationStatus.unknown(last, String.join("; ", problems));
  }

  void clearCaches() {
    ocsp.clearCache();
    crl.clearCache();
  }
}
