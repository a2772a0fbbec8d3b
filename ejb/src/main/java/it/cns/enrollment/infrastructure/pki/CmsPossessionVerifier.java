package it.cns.enrollment.infrastructure.pki;

import it.cns.enrollment.application.port.CardPossessionVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.cert.X509Certificate;
import java.util.List;

/** The application's {@link CardPossessionVerifier}: {@link CardPossessionProof} as a bean. */
@ApplicationScoped
public class CmsPossessionVerifier implements CardPossessionVerifier {

  @Override
  public byte[] signedContent(
      byte[] proof, List<byte[]> detachedCandidates, X509Certificate citizenCertificate) {
    return CardPossessionProof.signedContent(proof, detachedCandidates, citizenCertificate);
  }
}
