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

/** What a partner's card middleware does: has the card sign the server's challenge (CMS). */
final class CardProofs {

  private CardProofs() {}

  /** A CMS SignedData with the challenge attached, signed with this key for this certificate. */
  static byte[] sign(byte[] challenge, PrivateKey key, X509Certificate certificate) {
    try {
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .build(new JcaContentSignerBuilder("SHA256withRSA").build(key), certificate));
      generator.addCertificates(new JcaCertStore(java.util.List.of(certificate)));
      return generator.generate(new CMSProcessableByteArray(challenge), true).getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException("cannot sign the challenge", e);
    }
  }

  /** Asks the partner API for a challenge and has the card sign it. */
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
                  CardPresence presence = present(client, card.apply(request));
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
