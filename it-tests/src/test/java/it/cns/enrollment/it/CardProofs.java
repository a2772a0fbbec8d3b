package it.cns.enrollment.it;

import it.cns.enrollment.contract.partner.v1.CardChallenge;
import it.cns.enrollment.contract.partner.v1.CardPresence;
import it.cns.enrollment.contract.partner.v1.EnrollmentFault;
import it.cns.enrollment.contract.partner.v1.PartnerEnrollment;
import it.cns.enrollment.devpki.IssuedCredential;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * What a partner's card middleware does: has the card sign the server's challenge (CMS), as a
 * contract 1.3 partner does - the text naming the operation and the citizen ({@link #text}) - or as
 * a 1.2 partner does, the bare challenge ({@link #present(PartnerEnrollment, IssuedCredential)},
 * which the server accepts while {@code CNS_CARD_PROOF_UNBOUND=ACCEPT}, its default).
 */
final class CardProofs {

  static final String BIND = "bindSmartcard";
  static final String ENROLL = "enrollFisconline";

  private CardProofs() {}

  /**
   * The text a contract 1.3 card signs, written from docs/partner-api.md as a partner would (not
   * with the server's class, so that the two are checked against each other).
   */
  static byte[] text(String operation, String codiceFiscale, byte[] challenge) {
    return ("urn:cns-enrollment:partner:v1|"
            + operation
            + "|"
            + codiceFiscale
            + "|"
            + java.util.Base64.getEncoder().encodeToString(challenge))
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  /** The codice fiscale of a test card: its common name is {@code CF/card id.hash}. */
  static String codiceFiscaleOf(IssuedCredential card) {
    String cn =
        org.bouncycastle.asn1.x500.style.IETFUtils.valueToString(
            org.bouncycastle.asn1.x500.X500Name.getInstance(
                    card.certificate().getSubjectX500Principal().getEncoded())
                .getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.CN)[0]
                .getFirst()
                .getValue());
    return cn.substring(0, 16);
  }

  /** A CMS SignedData with {@code content} attached, signed with this key for this certificate. */
  static byte[] sign(byte[] content, PrivateKey key, X509Certificate certificate) {
    return sign(content, key, certificate, true);
  }

  /** The same, with the content attached or detached. */
  static byte[] sign(
      byte[] content, PrivateKey key, X509Certificate certificate, boolean attached) {
    try {
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .build(new JcaContentSignerBuilder("SHA256withRSA").build(key), certificate));
      generator.addCertificates(new JcaCertStore(java.util.List.of(certificate)));
      return generator.generate(new CMSProcessableByteArray(content), attached).getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException("cannot sign the challenge", e);
    }
  }

  /**
   * Asks the partner API for a challenge and has the card sign the text for {@code operation} and
   * the card's holder (contract 1.3).
   */
  static CardPresence presentFor(PartnerEnrollment partner, IssuedCredential card, String operation)
      throws Exception {
    CardChallenge challenge = partner.requestChallenge();
    byte[] text = text(operation, codiceFiscaleOf(card), challenge.getChallenge());
    return presence(card, challenge, sign(text, card.privateKey(), card.certificate()));
  }

  /** Asks the partner API for a challenge and has the card sign it bare (contract 1.2). */
  static CardPresence present(PartnerEnrollment partner, IssuedCredential card) throws Exception {
    CardChallenge challenge = partner.requestChallenge();
    return presence(
        card, challenge, sign(challenge.getChallenge(), card.privateKey(), card.certificate()));
  }

  static CardPresence presence(IssuedCredential card, CardChallenge challenge, byte[] proof)
      throws Exception {
    CardPresence presence = new CardPresence();
    presence.setCertificate(card.certificate().getEncoded());
    presence.setChallengeId(challenge.getChallengeId());
    presence.setProof(proof);
    return presence;
  }

  /**
   * Enrolls at once, on {@code threads} threads, {@code requests} Fisconline enrolments (request
   * {@code i} with card {@code card.apply(i)} through {@code partner.apply(i)}, each with its own
   * challenge and request id) and returns each one's outcome in order: "OK", or its fault code. The
   * races of the partner API (two partners, two nodes) are this with other numbers.
   */
  static List<String> enrollAtOnce(
      int requests,
      int threads,
      IntFunction<PartnerEnrollment> partner,
      IntFunction<IssuedCredential> card)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<String>> outcomes = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        int request = i;
        outcomes.add(
            pool.submit(
                () -> {
                  PartnerEnrollment client = partner.apply(request);
                  CardPresence presence = presentFor(client, card.apply(request), ENROLL);
                  try {
                    client.enrollFisconline("race-" + UUID.randomUUID(), presence);
                    return "OK";
                  } catch (EnrollmentFault f) {
                    return f.getFaultInfo().getCode();
                  }
                }));
      }
      List<String> codes = new ArrayList<>();
      for (Future<String> outcome : outcomes) {
        codes.add(outcome.get());
      }
      return codes;
    } finally {
      pool.shutdownNow();
    }
  }
}
