package it.cns.enrollment.domain.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.partner.PartnerOperation;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CardProofContentTest {

  private static final String CF = "RSSMRA80A01H501U";
  private static final PartnerOperation ENROLL = PartnerOperation.ENROLL_FISCONLINE;
  private static final PartnerOperation BIND = PartnerOperation.BIND_SMARTCARD;

  private final byte[] challenge = new byte[32];

  CardProofContentTest() {
    Arrays.fill(challenge, (byte) 0xfb); // base64 "+/v7...": the alphabet's two odd characters
  }

  private CardProofContent.Form judge(byte[] signed, PartnerOperation op, UnboundProofs policy) {
    return CardProofContent.judge(signed, op, CF, challenge, policy);
  }

  private void assertRefused(byte[] signed, PartnerOperation op, ErrorCode code) {
    assertThatThrownBy(() -> judge(signed, op, UnboundProofs.ACCEPT))
        .isInstanceOfSatisfying(BusinessRefusal.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void theSignedTextNamesServiceOperationPersonAndChallenge() {
    assertThat(new String(CardProofContent.bound(ENROLL, CF, challenge), StandardCharsets.US_ASCII))
        .isEqualTo(
            "urn:cns-enrollment:partner:v1|enrollFisconline|RSSMRA80A01H501U|"
                + "+/v7+/v7+/v7+/v7+/v7+/v7+/v7+/v7+/v7+/v7+/s=");
  }

  @Test
  void onlyTheOperationsThatTakeAProofHaveAText() {
    assertThatThrownBy(
            () -> CardProofContent.bound(PartnerOperation.REGISTRATION_STATUS, CF, challenge))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theTextForThisOperationAndPersonIsBound() {
    assertThat(judge(CardProofContent.bound(ENROLL, CF, challenge), ENROLL, UnboundProofs.REFUSE))
        .isEqualTo(CardProofContent.Form.BOUND);
    assertThat(judge(CardProofContent.bound(BIND, CF, challenge), BIND, UnboundProofs.REFUSE))
        .isEqualTo(CardProofContent.Form.BOUND);
  }

  @Test
  void theTextForAnotherOperationOrPersonIsRefusedAsSuch() {
    assertRefused(
        CardProofContent.bound(ENROLL, CF, challenge), BIND, ErrorCode.PROOF_OTHER_OPERATION);
    assertRefused(
        CardProofContent.bound(BIND, CF, challenge), ENROLL, ErrorCode.PROOF_OTHER_OPERATION);
    assertRefused(
        CardProofContent.bound(ENROLL, "VRDGPP75B02F205X", challenge),
        ENROLL,
        ErrorCode.PROOF_OTHER_OPERATION);
  }

  @Test
  void aTextThatDoesNotEndInThisChallengeIsInvalid() {
    byte[] other = challenge.clone();
    other[0] = 0;

    assertRefused(CardProofContent.bound(ENROLL, CF, other), ENROLL, ErrorCode.PROOF_INVALID);
    assertRefused(other, ENROLL, ErrorCode.PROOF_INVALID);
    assertRefused(new byte[0], ENROLL, ErrorCode.PROOF_INVALID);
    assertRefused(
        ("urn:cns-enrollment:partner:v1|enrollFisconline|" + CF + "|")
            .getBytes(StandardCharsets.US_ASCII),
        ENROLL,
        ErrorCode.PROOF_INVALID);
    // Another service's text over the same challenge is not ours.
    byte[] foreign = CardProofContent.bound(ENROLL, CF, challenge).clone();
    foreign[4] = 'X';
    assertRefused(foreign, ENROLL, ErrorCode.PROOF_INVALID);
  }

  @Test
  void theBareChallengeIsUnboundAcceptedOrRefusedByThePolicy() {
    assertThat(judge(challenge, ENROLL, UnboundProofs.ACCEPT))
        .isEqualTo(CardProofContent.Form.UNBOUND);
    assertThatThrownBy(() -> judge(challenge, ENROLL, UnboundProofs.REFUSE))
        .isInstanceOfSatisfying(
            BusinessRefusal.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROOF_UNBOUND));
  }

  @Test
  void detachedCandidatesStartWithTheExpectedText() {
    assertThat(CardProofContent.candidates(BIND, CF, challenge))
        .containsExactly(
            CardProofContent.bound(BIND, CF, challenge),
            challenge,
            CardProofContent.bound(ENROLL, CF, challenge));
  }
}
