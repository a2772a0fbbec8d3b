package it.cns.enrollment.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CnsCertificateTest {

  private static final String ISSUER = "CN=Regione Test - CA Cittadini,O=Test,C=IT";
  private static final String FINGERPRINT = "ab".repeat(32);

  private static CnsCertificate.Builder complete() {
    return CnsCertificate.builder()
        .codiceFiscale(CodiceFiscale.parse("MSRNTN77H15C351X"))
        .cardId(CardId.parse("6120016461039008"))
        .commonName("MSRNTN77H15C351X/6120016461039008.i1ZpZfaCX/eKyikBfnF8to+M2T8=")
        .givenName("ANTONIO")
        .surname("MASIERO")
        .subjectDn("CN=MSRNTN77H15C351X/6120016461039008.i1ZpZfaCX/eKyikBfnF8to+M2T8=,C=IT")
        .issuerDn(ISSUER)
        .serialNumber(new BigInteger("1234567890abcdef", 16))
        .notBefore(Instant.parse("2024-01-01T00:00:00Z"))
        .notAfter(Instant.parse("2030-01-01T00:00:00Z"))
        .policyOids(List.of("1.3.76.16.2.1", "1.3.159.6.1.3.2.10"))
        .keyUsage(List.of(KeyUsageBit.DIGITAL_SIGNATURE))
        .extendedKeyUsageOids(List.of("1.3.6.1.5.5.7.3.2"))
        .sha256Fingerprint(FINGERPRINT);
  }

  @Test
  void describesTheCertificateItWasBuiltFrom() {
    CnsCertificate c = complete().build();

    assertThat(c.codiceFiscale().value()).isEqualTo("MSRNTN77H15C351X");
    assertThat(c.cardId()).contains(CardId.parse("6120016461039008"));
    assertThat(c.givenName()).contains("ANTONIO");
    assertThat(c.surname()).contains("MASIERO");
    assertThat(c.serialHex()).isEqualTo("1234567890abcdef");
    assertThat(c.policyOids()).containsExactly("1.3.159.6.1.3.2.10", "1.3.76.16.2.1");
    assertThat(c.hasPolicy("1.3.76.16.2.1")).isTrue();
    assertThat(c.hasKeyUsage(KeyUsageBit.DIGITAL_SIGNATURE)).isTrue();
    assertThat(c.hasKeyUsage(KeyUsageBit.NON_REPUDIATION)).isFalse();
    assertThat(c.hasExtendedKeyUsage("1.3.6.1.5.5.7.3.2")).isTrue();
  }

  @Test
  void identifiesTheCardByIssuerAndCardIdNotByCertificateSerial() {
    CnsCertificate first = complete().build();
    CnsCertificate renewed =
        complete().serialNumber(BigInteger.TEN).sha256Fingerprint("cd".repeat(32)).build();

    assertThat(renewed).isNotEqualTo(first);
    assertThat(renewed.cardKey()).isEqualTo(first.cardKey());
    assertThat(first.cardKey().kind()).isEqualTo(CardKey.Kind.CARD_ID);
  }

  @Test
  void fallsBackToIssuerAndSerialWhenThereIsNoCardId() {
    CnsCertificate c = complete().cardId(null).build();

    assertThat(c.cardId()).isEmpty();
    assertThat(c.cardKey()).isEqualTo(CardKey.ofCertificateSerial(ISSUER, c.serialNumber()));
  }

  @Test
  void isEqualToAnotherOnlyWhenTheFingerprintsAre() {
    assertThat(complete().build()).isEqualTo(complete().givenName(null).build());
    assertThat(complete().build().hashCode()).isEqualTo(complete().build().hashCode());
  }

  @Test
  void keepsItsSetsToItselfAndUnmodifiable() {
    List<String> policies = new ArrayList<>(List.of("1.3.76.16.2.1"));
    CnsCertificate c = complete().policyOids(policies).build();
    policies.add("1.2.3");

    assertThat(c.policyOids()).containsExactly("1.3.76.16.2.1");
    assertThatThrownBy(() -> c.policyOids().add("1.2.3"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.keyUsage().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void allowsACertificateWithoutKeyUsageOrNames() {
    CnsCertificate c =
        complete().keyUsage(List.of()).commonName(null).givenName(null).surname(null).build();

    assertThat(c.keyUsage()).isEmpty();
    assertThat(c.commonName()).isEmpty();
  }

  @Test
  void tellsWhetherAnInstantIsWithinItsValidity() {
    CnsCertificate c = complete().build();

    assertThat(c.isNotYetValidAt(Instant.parse("2023-12-31T23:59:59Z"))).isTrue();
    assertThat(c.isExpiredAt(Instant.parse("2030-01-01T00:00:01Z"))).isTrue();
    assertThat(c.isExpiredAt(Instant.parse("2029-12-31T00:00:00Z"))).isFalse();
    assertThat(c.isNotYetValidAt(Instant.parse("2024-01-01T00:00:00Z"))).isFalse();
  }

  @Test
  void refusesToExistWithoutTheFieldsThatIdentifyIt() {
    assertThatNullPointerException()
        .isThrownBy(() -> complete().codiceFiscale(null).build())
        .withMessageContaining("codice fiscale");
    assertThatNullPointerException().isThrownBy(() -> complete().issuerDn(null).build());
    assertThatNullPointerException().isThrownBy(() -> complete().serialNumber(null).build());
    assertThatNullPointerException().isThrownBy(() -> complete().notAfter(null).build());
    assertThatIllegalArgumentException().isThrownBy(() -> complete().issuerDn(" ").build());
  }

  @Test
  void refusesAFingerprintThatIsNotSha256InLowerCaseHex() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> complete().sha256Fingerprint("AB".repeat(32)).build());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> complete().sha256Fingerprint("ab".repeat(20)).build());
  }

  @Test
  void printsSerialAndIssuerButNotTheHoldersIdentity() {
    String printed = complete().build().toString();

    assertThat(printed).contains("1234567890abcdef").contains(ISSUER);
    assertThat(printed).doesNotContain("MSRNTN77H15C351X").doesNotContain("6120016461039008");
  }
}
