package it.cns.enrollment.infrastructure.pki;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessable;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Verifies that a citizen's card signed a challenge: the proof is a CMS SignedData (RFC 5652, DER)
 * whose content is the challenge, either encapsulated (attached) or detached, signed by the key of
 * the citizen's certificate.
 *
 * <p>Why CMS SignedData rather than a raw signature: it is the standard envelope that smartcard
 * middleware (PKCS#11/CSP "sign data" functions) and the Italian signing tools (DiKe, ArubaSign,
 * FirmaCerta, the CAdES-BES {@code .p7m}) produce out of the box, so partners need no custom
 * crypto; and it carries the signed data, the digest and signature algorithm identifiers and the
 * signer's identity unambiguously, where a raw signature would leave the padding, hash and encoding
 * to an out-of-band agreement.
 *
 * <p>What is checked: exactly one signer; its SignerInfo names the citizen certificate (issuer +
 * serial or subject key identifier); the signature verifies with the citizen certificate's public
 * key - never with a certificate carried inside the CMS, which is ignored; the content is exactly
 * what the caller expects ({@link #signedContent} hands the content back for the caller to judge,
 * {@link #verify} wants the challenge itself); the digest is SHA-256, SHA-384 or SHA-512 and the
 * signature RSA (PKCS#1 v1.5 or PSS) or ECDSA with such a digest. Whether the certificate itself is
 * trusted is the certificate service's business, not this class's. Every failure is {@code
 * PROOF_INVALID}; no library exception escapes.
 */
public final class CardPossessionProof {

  /** A proof is a few kilobytes; anything much larger is not one. */
  public static final int MAX_PROOF_BYTES = 64 * 1024;

  private static final Provider BC = new BouncyCastleProvider();

  private static final Set<String> DIGESTS =
      Set.of(
          NISTObjectIdentifiers.id_sha256.getId(),
          NISTObjectIdentifiers.id_sha384.getId(),
          NISTObjectIdentifiers.id_sha512.getId());

  private static final Set<String> SIGNATURES =
      Set.of(
          PKCSObjectIdentifiers.rsaEncryption.getId(),
          PKCSObjectIdentifiers.sha256WithRSAEncryption.getId(),
          PKCSObjectIdentifiers.sha384WithRSAEncryption.getId(),
          PKCSObjectIdentifiers.sha512WithRSAEncryption.getId(),
          PKCSObjectIdentifiers.id_RSASSA_PSS.getId(),
          X9ObjectIdentifiers.ecdsa_with_SHA256.getId(),
          X9ObjectIdentifiers.ecdsa_with_SHA384.getId(),
          X9ObjectIdentifiers.ecdsa_with_SHA512.getId());

  private CardPossessionProof() {}

  /**
   * Accepts the proof over exactly {@code challenge} or throws {@code PROOF_INVALID}.
   *
   * @param proof the DER-encoded CMS SignedData
   * @param challenge the bytes that must have been signed
   * @param citizenCertificate the certificate whose key must have signed
   * @throws BusinessRefusal with {@link ErrorCode#PROOF_INVALID}, saying why in its detail
   */
  public static void verify(byte[] proof, byte[] challenge, X509Certificate citizenCertificate) {
    Objects.requireNonNull(challenge, "challenge is required");
    byte[] signed = signedContent(proof, List.of(challenge), citizenCertificate);
    if (!MessageDigest.isEqual(signed, challenge)) {
      throw invalid("signed content is not the challenge");
    }
  }

  /**
   * The content the citizen's key signed, every check above but the content's passed: the
   * encapsulated content of an attached proof, or the first of {@code detachedCandidates} a
   * detached signature verifies over. Which content is acceptable is the caller's judgement.
   *
   * @throws BusinessRefusal with {@link ErrorCode#PROOF_INVALID}, saying why in its detail
   */
  public static byte[] signedContent(
      byte[] proof, List<byte[]> detachedCandidates, X509Certificate citizenCertificate) {
    Objects.requireNonNull(detachedCandidates, "candidates are required");
    Objects.requireNonNull(citizenCertificate, "citizen certificate is required");
    if (proof == null || proof.length == 0) {
      throw invalid("no proof");
    }
    if (proof.length > MAX_PROOF_BYTES) {
      throw invalid("proof of " + proof.length + " bytes");
    }
    try {
      CMSSignedData signed = new CMSSignedData(proof);
      SignerInformation signer = acceptedSigner(signed, citizenCertificate);
      CMSProcessable content = signed.getSignedContent();
      if (content != null) {
        if (!(content.getContent() instanceof byte[] signedBytes)) {
          throw invalid("signed content is not data");
        }
        if (!verifies(signer, citizenCertificate)) {
          throw invalid("signature does not verify with the citizen certificate's key");
        }
        return signedBytes.clone();
      }
      // Detached: the signature is over content we supply; the candidates are few (3 at most).
      for (byte[] candidate : detachedCandidates) {
        CMSSignedData over = new CMSSignedData(new CMSProcessableByteArray(candidate), proof);
        if (verifiesQuietly(
            over.getSignerInfos().getSigners().iterator().next(), citizenCertificate)) {
          return candidate.clone();
        }
      }
      throw invalid("detached signature is not over the challenge or not by the citizen's key");
    } catch (BusinessRefusal e) {
      throw e;
    } catch (CMSException | OperatorCreationException | RuntimeException e) {
      // Malformed ASN.1 surfaces as CMSException, IllegalArgumentException, ClassCastException...
      throw invalid("unreadable proof: " + e.getClass().getSimpleName());
    }
  }

  /** The one signer, if it names the citizen certificate and uses accepted algorithms. */
  private static SignerInformation acceptedSigner(
      CMSSignedData signed, X509Certificate citizenCertificate) {
    if (!CMSObjectIdentifiers.data.getId().equals(signed.getSignedContentTypeOID())) {
      throw invalid("content type " + signed.getSignedContentTypeOID() + " is not data");
    }
    Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
    if (signers.size() != 1) {
      throw invalid(signers.size() + " signers, expected one");
    }
    SignerInformation signer = signers.iterator().next();
    if (!signer.getSID().match(holder(citizenCertificate))) {
      throw invalid("signer is not the citizen certificate");
    }
    if (!DIGESTS.contains(signer.getDigestAlgOID())) {
      throw invalid("digest algorithm " + signer.getDigestAlgOID() + " not accepted");
    }
    if (!SIGNATURES.contains(signer.getEncryptionAlgOID())) {
      throw invalid("signature algorithm " + signer.getEncryptionAlgOID() + " not accepted");
    }
    return signer;
  }

  private static boolean verifies(SignerInformation signer, X509Certificate citizenCertificate)
      throws CMSException, OperatorCreationException {
    return signer.verify(
        new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(citizenCertificate));
  }

  /** A digest mismatch is an exception in BouncyCastle: here it only means "not this content". */
  private static boolean verifiesQuietly(
      SignerInformation signer, X509Certificate citizenCertificate)
      throws OperatorCreationException {
    try {
      return verifies(signer, citizenCertificate);
    } catch (CMSException notOverThisContent) {
      return false;
    }
  }

  private static X509CertificateHolder holder(X509Certificate certificate) {
    try {
      return new X509CertificateHolder(certificate.getEncoded());
    } catch (CertificateEncodingException | java.io.IOException e) {
      throw invalid("citizen certificate cannot be encoded");
    }
  }

  private static BusinessRefusal invalid(String why) {
    return new BusinessRefusal(ErrorCode.PROOF_INVALID, why);
  }
}
