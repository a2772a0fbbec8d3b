package it.cns.enrollment.infrastructure.pki;

import it.cns.enrollment.application.port.CardPossessionVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.cert.X509Certificate;

/** The application's {@link CardPossessionVerifier}: {@link CardPossessionProof} as a bean. */
@ApplicationScoped
public class CmsPossessionVerifier implements CardPossessionVerifier {

  @Override
  public void verify(byte[] proof, byte[] challenge, X509Certificate citizenCertificate) {
    CardPossessionProof.verify(proof, challenge, citizenCertificate);
  }
}
