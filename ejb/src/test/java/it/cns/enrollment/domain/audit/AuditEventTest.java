package it.cns.enrollment.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.domain.identity.CardId;
import it.cns.enrollment.domain.identity.CnsCertificate;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An audit event as built by the use cases: what it keeps, what it requires, what it cuts. */
class AuditEventTest {

  private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");

  private static AuditEvent.Builder login() {
    return AuditEvent.of(
        AuditAction.SMARTCARD_LOGIN, Channel.SMARTCARD, "citizen:RSSMRA80A01H501U", AT);
  }

  @Test
  void keepsWhatItWasBuiltWithAndIsOkUnlessToldOtherwise() {
    AuditEvent e =
        login()
            .subject("RSSMRA80A01H501U")
            .certificateOf("CN=Test CA", "0a1b")
            .detail(AuditDetails.of("card", "123"))
            .requestId("req-1")
            .build();

    assertThat(e.id()).isNull();
    assertThat(e.occurredAt()).isEqualTo(AT);
    assertThat(e.actor()).isEqualTo("citizen:RSSMRA80A01H501U");
    assertThat(e.channel()).isEqualTo(Channel.SMARTCARD);
    assertThat(e.action()).isEqualTo(AuditAction.SMARTCARD_LOGIN);
    assertThat(e.subjectCf()).isEqualTo("RSSMRA80A01H501U");
    assertThat(e.certificateIssuer()).isEqualTo("CN=Test CA");
    assertThat(e.certificateSerial()).isEqualTo("0a1b");
    assertThat(e.outcome()).isEqualTo(AuditEvent.OUTCOME_OK).isEqualTo("OK");
    assertThat(e.detail()).isEqualTo("card=123");
    assertThat(e.requestId()).isEqualTo("req-1");
    assertThat(e.clientAddress()).isNull();
  }

  @Test
  void aRefusalRecordsItsCode() {
    assertThat(login().outcome("CARD_NOT_REGISTERED").build().outcome())
        .isEqualTo("CARD_NOT_REGISTERED");
  }

  @Test
  void aCertificateGivesIssuerSerialAndTheHoldersCodiceFiscale() {
    CodiceFiscale cf = CodiceFiscale.parse("RSSMRA80A01H501U");
    CnsCertificate card =
        CnsCertificate.builder()
            .codiceFiscale(cf)
            .cardId(CardId.parse("6120016461039008"))
            .commonName(cf + "/6120016461039008.abc/def+=")
            .subjectDn("CN=" + cf)
            .issuerDn("CN=Test CNS CA,O=Test,C=IT")
            .serialNumber(new BigInteger("0a1b", 16))
            .notBefore(AT.minus(Duration.ofDays(1)))
            .notAfter(AT.plus(Duration.ofDays(365)))
            .policyOids(List.of("1.3.76.16.2.1"))
            .sha256Fingerprint("b".repeat(64))
            .build();

    AuditEvent e = login().certificate(card).build();

    assertThat(e.certificateIssuer()).isEqualTo("CN=Test CNS CA,O=Test,C=IT");
    assertThat(e.certificateSerial()).isEqualTo("a1b");
    assertThat(e.subjectCf()).isEqualTo("RSSMRA80A01H501U");
    assertThat(login().subject("X").certificate(null).build().subjectCf()).isEqualTo("X");
  }

  @Test
  void noDetailIsNoDetail() {
    assertThat(login().build().detail()).isNull();
    assertThat(login().detail(null).build().detail()).isNull();
  }

  @Test
  void aDetailLongerThanTheColumnIsCutAt500() {
    String v500 = "x".repeat(500 - "k=".length());
    assertThat(login().detail(AuditDetails.of("k", v500)).build().detail()).hasSize(500);
    assertThat(login().detail(AuditDetails.of("k", v500 + "yz")).build().detail())
        .hasSize(500)
        .endsWith("x");
  }

  @Test
  void requiresWhenWhoWhereAndWhat() {
    assertThatThrownBy(
            () -> AuditEvent.of(AuditAction.SMARTCARD_LOGIN, Channel.SMARTCARD, "a", null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("instant");
    assertThatThrownBy(
            () -> AuditEvent.of(AuditAction.SMARTCARD_LOGIN, Channel.SMARTCARD, null, AT).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("actor");
    assertThatThrownBy(() -> AuditEvent.of(AuditAction.SMARTCARD_LOGIN, null, "a", AT).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("channel");
    assertThatThrownBy(() -> AuditEvent.of(null, Channel.SMARTCARD, "a", AT).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("action");
    assertThatThrownBy(() -> login().outcome(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("outcome");
  }

  @Test
  void keepsTheFirstClientAddressCutToAnIpv6AddressesLength() {
    AuditEvent e = login().build();

    e.arrivedFrom("203.0.113.7");
    e.arrivedFrom("198.51.100.1");
    assertThat(e.clientAddress()).isEqualTo("203.0.113.7");

    AuditEvent longer = login().build();
    longer.arrivedFrom("a".repeat(60));
    assertThat(longer.clientAddress()).hasSize(45);
  }
}
