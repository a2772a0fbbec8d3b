package it.cns.enrollment.infrastructure.pki;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import it.cns.enrollment.devpki.CardProfile;
import it.cns.enrollment.domain.identity.CertificateRefusedException;
import it.cns.enrollment.domain.identity.CnsCertificate;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #15, fuzzing: whatever bytes arrive as a certificate (DER, PEM, garbage), the parser
 * answers a {@link CnsCertificate} whose codice fiscale is valid, or a typed {@link
 * CertificateRefusedException}; nothing else escapes. Seeds: real CNS-shaped cards of the
 * development PKI, DER and PEM.
 */
class CnsCertificateFuzzTest {

  private final CnsCertificateParser parser = new CnsCertificateParser();

  static Stream<byte[]> seeds() {
    byte[] der = TestCards.derOf(CardProfile.forCodiceFiscale("MSRNTN77H15C351X"));
    return Stream.of(
        der,
        TestCards.pem(der).getBytes(StandardCharsets.US_ASCII),
        TestCards.derOf(
            CardProfile.forCodiceFiscale("RSSMRA80A41H501Y").withName("MARIA", "ROSSI")));
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "10s")
  void answersACardWithAValidCodiceFiscaleOrATypedRefusal(byte[] input) {
    CnsCertificate card;
    try {
      card = parser.parse(input);
    } catch (CertificateRefusedException refused) {
      assertThat(refused.refusal()).isNotNull();
      return;
    }
    assertThat(card.codiceFiscale()).isNotNull();
    assertThat(card.cardKey()).isNotNull();
    assertThat(card.subjectDn()).isNotNull();
  }
}
