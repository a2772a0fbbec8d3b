package it.cns.enrollment.infrastructure.pki.validation;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Builds and validates a PKIX path (RFC 5280) from a leaf to one of the trust anchors with the
 * JDK's {@code CertPathBuilder}: signatures, names, basic constraints, CA key usage, path length,
 * name constraints and critical extensions, at a given date. Intermediates come from the presented
 * chain and from the anchors' intermediate set. Revocation is off here: the validator checks it
 * itself so that it can use OCSP and CRL with caches and explain the outcome.
 */
final class PathValidator {

  private static final int MAX_PATH_LENGTH = 6;

  PKIXCertPathBuilderResult build(
      X509Certificate leaf, List<X509Certificate> presented, TrustAnchors anchors, Instant date)
      throws GeneralSecurityException {
    if (anchors.isEmpty()) {
      throw new GeneralSecurityException("no trust anchors loaded (" + anchors.source() + ")");
    }
    X509CertSelector target = new X509CertSelector();
    target.setCertificate(leaf);
    PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors.anchors(), target);
    parameters.setRevocationEnabled(false);
    parameters.setDate(Date.from(date));
    parameters.setMaxPathLength(MAX_PATH_LENGTH);
    List<X509Certificate> offered = new ArrayList<>(presented.size() + 1);
    offered.add(leaf);
    for (X509Certificate c : presented) {
      if (c != null) {
        offered.add(c);
      }
    }
    parameters.addCertStore(
        CertStore.getInstance("Collection", new CollectionCertStoreParameters(offered)));
    parameters.addCertStore(anchors.intermediateStore());
    return (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
  }
}
