package it.cns.enrollment.application.port;

import it.cns.enrollment.domain.error.BusinessRefusal;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Checks that a card signed something: the proof is a CMS SignedData (RFC 5652), signed with the
 * private key of the citizen's certificate. What it must have signed is the caller's business
 * ({@code domain.challenge.CardProofContent}).
 */
public interface CardPossessionVerifier {

  /**
   * The content the key of {@code citizenCertificate} signed: the encapsulated content of an
   * attached proof, or for a detached one the first of {@code detachedCandidates} the signature is
   * over.
   *
   * @throws BusinessRefusal {@code PROOF_INVALID} (malformed CMS, wrong signer, bad signature, a
   *     detached signature over none of the candidates, weak algorithm)
   */
  byte[] signedContent(
      byte[] proof, List<byte[]> detachedCandidates, X509Certificate citizenCertificate);
}
