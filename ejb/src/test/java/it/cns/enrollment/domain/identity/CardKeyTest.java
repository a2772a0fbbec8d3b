package it.cns.enrollment.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class CardKeyTest {

  private static final CardId CARD = CardId.parse("6120016461039008");

  @Test
  void identifiesACardByIssuerAndCardIdWhateverTheIssuerNamesSpelling() {
    CardKey a = CardKey.of("CN=Regione Lombardia - CA Cittadini,O=Actalis S.p.A.,C=IT", CARD);
    CardKey b = CardKey.of("cn=regione lombardia - ca cittadini, o=actalis s.p.a., c=it", CARD);

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.kind()).isEqualTo(CardKey.Kind.CARD_ID);
    assertThat(a.localId()).isEqualTo("6120016461039008");
  }

  @Test
  void tellsApartTheSameCardIdFromTwoIssuers() {
    assertThat(CardKey.of("CN=CA One,C=IT", CARD)).isNotEqualTo(CardKey.of("CN=CA Two,C=IT", CARD));
  }

  @Test
  void fallsBackToTheCertificateSerialAsADifferentKindOfKey() {
    CardKey bySerial = CardKey.ofCertificateSerial("CN=CA One,C=IT", new BigInteger("255"));

    assertThat(bySerial.kind()).isEqualTo(CardKey.Kind.CERTIFICATE_SERIAL);
    assertThat(bySerial.localId()).isEqualTo("ff");
    assertThat(bySerial).isNotEqualTo(CardKey.of("CN=CA One,C=IT", CARD));
  }

  @Test
  void masksTheCardIdWhenPrinted() {
    assertThat(CardKey.of("CN=CA One,C=IT", CARD).toString())
        .contains("************9008")
        .doesNotContain("61200164");
  }

  @Test
  void refusesAnIssuerThatIsNotADistinguishedName() {
    assertThatIllegalArgumentException().isThrownBy(() -> CardKey.of("not a DN", CARD));
  }
}
