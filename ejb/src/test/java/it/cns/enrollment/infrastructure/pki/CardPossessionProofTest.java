package it.cns.enrollment.infrastructure.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.devpki.CardProfile;
import it.cns.enrollment.devpki.IssuedCredential;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardPossessionProofTest {

  private static final IssuedCredential CITIZEN =
      TestCards.CA.issueCard(CardProfile.forCodiceFiscale("RSSMRA80A01H501U"));
  private static final IssuedCredential OTHER =
      TestCards.CA.issueCard(CardProfile.forCodiceFiscale("VRDGPP75B02F205X"));

  private final byte[] challenge = random(32);

  private static byte[] random(int n) {
    byte[] b = new byte[n];
    new SecureRandom().nextBytes(b);
    return b;
  }

  private void verify(byte[] proof) {
    CardPossessionProof.verify(proof, challenge, CITIZEN.certificate());
  }

  private void assertProofInvalid(byte[] proof) {
    assertThatThrownBy(() -> verify(proof))
        .isInstanceOfSatisfying(
            BusinessRefusal.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROOF_INVALID));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aProofByTheCitizensCardIsAccepted(boolean attached) {
    byte[] proof = CmsProofs.sign(challenge, CITIZEN.privateKey(), CITIZEN.certificate(), attached);

    assertThatCode(() -> verify(proof)).doesNotThrowAnyException();
  }

  @Test
  void aProofWithoutEmbeddedCertificatesIsAccepted() {
    byte[] proof =
        CmsProofs.sign(
            challenge,
            CITIZEN.privateKey(),
            "SHA384withRSA",
            CITIZEN.certificate(),
            List.of(),
            true);

    assertThatCode(() -> verify(proof)).doesNotThrowAnyException();
  }

  @Test
  void anEcdsaProofIsAccepted() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    IssuedCredential ecCard =
        TestCards.CA.issueCard(
            CardProfile.forCodiceFiscale("BNCLRA85C43L219Z"), generator.generateKeyPair());
    byte[] proof = CmsProofs.sign(challenge, ecCard.privateKey(), ecCard.certificate(), true);

    assertThatCode(() -> CardPossessionProof.verify(proof, challenge, ecCard.certificate()))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aSignatureByAnotherKeyIsRefused(boolean attached) {
    // The SignerInfo names the citizen's certificate, but another key signed.
    byte[] proof =
        CmsProofs.sign(
            challenge,
            OTHER.privateKey(),
            "SHA256withRSA",
            CITIZEN.certificate(),
            List.of(CITIZEN.certificate()),
            attached);

    assertProofInvalid(proof);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aSignatureOverOtherContentIsRefused(boolean attached) {
    byte[] other = challenge.clone();
    other[0] ^= 1;
    byte[] proof = CmsProofs.sign(other, CITIZEN.privateKey(), CITIZEN.certificate(), attached);

    assertProofInvalid(proof);
  }

  @Test
  void sha1IsRefused() {
    byte[] proof =
        CmsProofs.sign(
            challenge,
            CITIZEN.privateKey(),
            "SHA1withRSA",
            CITIZEN.certificate(),
            List.of(CITIZEN.certificate()),
            true);

    assertProofInvalid(proof);
  }

  @Test
  void garbageIsRefused() {
    assertProofInvalid(random(300));
    assertProofInvalid(new byte[0]);
    assertProofInvalid(null);
    assertProofInvalid(new byte[] {0x30, (byte) 0x82, 0x7f, 0x7f, 0x06});
  }

  @Test
  void aTruncatedProofIsRefused() {
    byte[] proof = CmsProofs.sign(challenge, CITIZEN.privateKey(), CITIZEN.certificate(), true);

    assertProofInvalid(Arrays.copyOf(proof, proof.length - 20));
  }

  @Test
  void aProofByAnotherCardCarryingItsOwnCertificateIsRefused() {
    // A valid CMS by another card: the certificate inside it is never trusted.
    byte[] proof = CmsProofs.sign(challenge, OTHER.privateKey(), OTHER.certificate(), true);

    assertProofInvalid(proof);
  }

  @Test
  void anOversizedProofIsRefused() {
    assertProofInvalid(new byte[CardPossessionProof.MAX_PROOF_BYTES + 1]);
  }

  // --- the signed content handed back for the caller to judge (issue #15) ----------------------

  @Test
  void anAttachedProofHandsBackWhatWasSigned() {
    byte[] text = "urn:test|bindSmartcard".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] proof = CmsProofs.sign(text, CITIZEN.privateKey(), CITIZEN.certificate(), true);

    assertThat(CardPossessionProof.signedContent(proof, List.of(), CITIZEN.certificate()))
        .isEqualTo(text);
  }

  @Test
  void aDetachedProofHandsBackTheCandidateItIsOver() {
    byte[] first = random(40);
    byte[] second = random(40);
    byte[] proof = CmsProofs.sign(second, CITIZEN.privateKey(), CITIZEN.certificate(), false);

    assertThat(
            CardPossessionProof.signedContent(proof, List.of(first, second), CITIZEN.certificate()))
        .isEqualTo(second);
    assertThatThrownBy(
            () -> CardPossessionProof.signedContent(proof, List.of(first), CITIZEN.certificate()))
        .isInstanceOfSatisfying(
            BusinessRefusal.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROOF_INVALID));
  }

  @Test
  void anotherKeyHandsBackNothingAttachedOrDetached() {
    byte[] attached =
        CmsProofs.sign(
            challenge,
            OTHER.privateKey(),
            "SHA256withRSA",
            CITIZEN.certificate(),
            List.of(CITIZEN.certificate()),
            true);
    byte[] detached =
        CmsProofs.sign(
            challenge,
            OTHER.privateKey(),
            "SHA256withRSA",
            CITIZEN.certificate(),
            List.of(CITIZEN.certificate()),
            false);

    for (byte[] proof : List.of(attached, detached)) {
      assertThatThrownBy(
              () ->
                  CardPossessionProof.signedContent(
                      proof, List.of(challenge), CITIZEN.certificate()))
          .isInstanceOfSatisfying(
              BusinessRefusal.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROOF_INVALID));
    }
  }
}
