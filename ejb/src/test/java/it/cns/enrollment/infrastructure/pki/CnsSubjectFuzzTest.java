package it.cns.enrollment.infrastructure.pki;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import it.cns.enrollment.domain.identity.CertificateRefusedException;
import it.cns.enrollment.domain.identity.CnsCertificate;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * Issue #15, fuzzing the CNS subject: well-formed, correctly signed certificates whose subject
 * fields (CN {@code CF/card number.hash}, serialNumber {@code IT:CF} or {@code TINIT-CF}, given
 * name, surname) are chosen by the fuzzer. The parser answers a card whose codice fiscale is valid
 * and whose CN is the one sent, or a typed refusal; nothing else escapes. The raw bytes of the
 * certificate are {@link CnsCertificateFuzzTest}'s.
 */
class CnsSubjectFuzzTest {

  private final CnsCertificateParser parser = new CnsCertificateParser();

  @FuzzTest(maxDuration = "10s")
  void answersACardWithTheCommonNameSentOrATypedRefusal(FuzzedDataProvider data) {
    String cn = data.consumeString(120);
    String serial = data.consumeString(40);
    String given = data.consumeString(40);
    String surname = data.consumeRemainingAsString();
    byte[] certificate;
    try {
      X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE);
      subject.addRDN(BCStyle.C, "IT");
      if (!serial.isEmpty()) {
        subject.addRDN(BCStyle.SERIALNUMBER, serial);
      }
      if (!given.isEmpty()) {
        subject.addRDN(BCStyle.GIVENNAME, given);
      }
      if (!surname.isEmpty()) {
        subject.addRDN(BCStyle.SURNAME, surname);
      }
      if (!cn.isEmpty()) {
        subject.addRDN(BCStyle.CN, cn);
      }
      certificate = TestCards.custom(subject.build());
    } catch (RuntimeException unencodable) {
      // BouncyCastle cannot encode every string for the attribute's type (a value starting with
      // '#' is read as hex DER, bad hex encodes as null, and some values cannot be recoded): no
      // certificate to give the parser.
      return;
    }
    CnsCertificate card;
    try {
      card = parser.parse(certificate);
    } catch (CertificateRefusedException refused) {
      assertThat(refused.refusal()).isNotNull();
      return;
    }
    assertThat(CodiceFiscale.isValid(card.codiceFiscale().value())).isTrue();
    card.commonName().ifPresent(c -> assertThat(c).isEqualTo(cn));
  }
}
