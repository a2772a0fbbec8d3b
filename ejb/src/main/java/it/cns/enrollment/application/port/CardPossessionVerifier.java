package it.cns.enrollment.application.port;

import it.cns.enrollment.domain.error.BusinessRefusal;
import java.security.cert.X509Certificate;

/**
 * Checks that a card signed a challenge: the proof is a CMS SignedData (RFC 5652) over the
 * challenge bytes, signed with the private key of the citizen's certificate.
 */
public interface CardPossessionVerifier {

  /**
   * Returns normally only when {@code proof} is a valid signature of {@code challenge} by the key
   * of {@code citizenCertificate}.
   *
   * @throws BusinessRefusal {@code PROOF_INVALID} (malformed CMS, wrong signer, bad signature,
   *     content not the challenge, weak algorithm)
   */
  void verify(byte[] proof, byte[] challenge, X509Certificate citizenCertificate);
}
