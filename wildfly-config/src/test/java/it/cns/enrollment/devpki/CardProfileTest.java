package it.cns.enrollment.devpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class CardProfileTest {

  @RepeatedTest(20)
  void randomCardIdIsSixteenDigitsWithLuhnCheckDigit() {
    String id = CardProfile.randomCardId();
    assertThat(id).matches("[1-9][0-9]{15}");
    assertThat(TestCertificates.luhnValid(id)).isTrue();
  }

  @Test
  void luhnCheckDigitMatchesAKnownValue() {
    // 79927398713 is the textbook Luhn example.
    assertThat(CardProfile.luhnCheckDigit("7992739871")).isEqualTo(3);
    assertThat(TestCertificates.luhnValid("6120016461039008")).isTrue();
  }

  @RepeatedTest(20)
  void randomHashIsBase64OfTwentyBytesWithSlashOrPlus() {
    String hash = CardProfile.randomHash();
    assertThat(Base64.getDecoder().decode(hash)).hasSize(20);
    assertThat(hash).containsAnyOf("/", "+");
  }

  @Test
  void defaultsFollowTheCnsProfile() {
    CardProfile profile = CardProfile.forCodiceFiscale("RSSMRA80A01H501U");
    assertThat(profile.commonName())
        .isEqualTo("RSSMRA80A01H501U/" + profile.cardId() + "." + profile.hash());
    assertThat(profile.surname()).isEqualTo("RSS");
    assertThat(profile.givenName()).isEqualTo("MRA");
    assertThat(profile.policies()).containsExactly("1.3.76.16.2.1");
    assertThat(profile.keyUsage()).isEqualTo(KeyUsage.digitalSignature);
    assertThat(profile.extendedKeyUsages()).containsExactly(KeyPurposeId.id_kp_clientAuth);
    assertThat(profile.serialNumberAttribute()).isEmpty();
    assertThat(profile.notBefore()).isBefore(Instant.now());
    assertThat(profile.notAfter()).isAfter(Instant.now().plusSeconds(5L * 365 * 24 * 3600));
  }

  @Test
  void withersReturnNewProfilesAndLeaveTheOriginalAlone() {
    CardProfile original = CardProfile.forCodiceFiscale("RSSMRA80A01H501U");
    CardProfile changed =
        original.withCardId("6120016461039008").withHash("i1ZpZfaCX/eKyikBfnF8to+M2T8=");
    assertThat(changed.commonName())
        .isEqualTo("RSSMRA80A01H501U/6120016461039008.i1ZpZfaCX/eKyikBfnF8to+M2T8=");
    assertThat(original.cardId()).isNotEqualTo("6120016461039008");
    assertThat(changed.withSubjectCommonName("garbage").commonName()).isEqualTo("garbage");
    assertThat(changed.withSubjectCommonName("garbage").codiceFiscale())
        .isEqualTo("RSSMRA80A01H501U");
  }

  @Test
  void rejectsInvalidPolicyOidsAndInvertedValidity() {
    CardProfile profile = CardProfile.forCodiceFiscale("RSSMRA80A01H501U");
    assertThatThrownBy(() -> profile.withPolicies("not an oid"))
        .isInstanceOf(IllegalArgumentException.class);
    Instant now = Instant.now();
    assertThatThrownBy(() -> profile.withValidity(now, now.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
