package it.cns.enrollment.domain.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.AccountType;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.identity.CardId;
import it.cns.enrollment.domain.identity.CnsCertificate;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmartcardBindingTest {

  private static final CodiceFiscale ROSSI = CodiceFiscale.parse("RSSMRA80A01H501U");
  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  private static CnsCertificate card(CodiceFiscale cf, String serial) {
    return CnsCertificate.builder()
        .codiceFiscale(cf)
        .cardId(CardId.parse("6120016461039008"))
        .commonName(cf + "/6120016461039008.abc/def+=")
        .subjectDn("CN=" + cf)
        .issuerDn("CN=Regione Test - CA Cittadini,O=Regione Test,C=IT")
        .serialNumber(new BigInteger(serial, 16))
        .notBefore(NOW.minus(1, ChronoUnit.DAYS))
        .notAfter(NOW.plus(365, ChronoUnit.DAYS))
        .policyOids(List.of("1.3.76.16.2.1"))
        .keyUsage(List.of())
        .extendedKeyUsageOids(List.of())
        .sha256Fingerprint("a".repeat(64))
        .build();
  }

  @Test
  void bindsAnEntratelCardToSite000AndRemembersTheCertificateSeen() {
    Account account = new Account(ROSSI, AccountType.ENTRATEL, "MARIO ROSSI", NOW);

    SmartcardBinding binding =
        SmartcardBinding.bind(account, card(ROSSI, "0a1b"), Channel.SMARTCARD, NOW);

    assertThat(binding.site()).hasValueSatisfying(s -> assertThat(s.code()).isEqualTo("000"));
    assertThat(binding.status()).isEqualTo(BindingStatus.ACTIVE);
    assertThat(binding.certificateSerial()).isEqualTo("a1b");
    assertThat(binding.maskedCardId()).isEqualTo("************9008");
    assertThat(binding.cardIssuerName()).startsWith("CN=Regione Test");
    assertThat(binding.boundAt()).isEqualTo(NOW);
  }

  @Test
  void aRenewedCertificateOnTheSameCardUpdatesWhatWasSeenNotTheBinding() {
    Account account = new Account(ROSSI, AccountType.FISCONLINE, null, NOW);
    SmartcardBinding binding =
        SmartcardBinding.bind(account, card(ROSSI, "01"), Channel.PARTNER, NOW);

    binding.recordCertificate(card(ROSSI, "02"), NOW.plus(1, ChronoUnit.DAYS));

    assertThat(binding.certificateSerial()).isEqualTo("2");
    assertThat(binding.lastSeenAt()).isEqualTo(NOW.plus(1, ChronoUnit.DAYS));
    assertThat(binding.boundAt()).isEqualTo(NOW);
    assertThat(binding.site()).isEmpty();
  }

  /**
   * A revoked card's binding stays, shown to its holder, but says REVOKED; the second revocation
   * reports no change, so that the caller audits and mails only once.
   */
  @Test
  void revokingMarksTheBindingOnceAndASecondRevocationChangesNothing() {
    Account account = new Account(ROSSI, AccountType.FISCONLINE, null, NOW);
    SmartcardBinding binding =
        SmartcardBinding.bind(account, card(ROSSI, "01"), Channel.SMARTCARD, NOW);

    assertThat(binding.revoke()).isTrue();
    assertThat(binding.status()).isEqualTo(BindingStatus.REVOKED);
    assertThat(binding.revoke()).isFalse();
    assertThat(binding.status()).isEqualTo(BindingStatus.REVOKED);
  }

  @Test
  void aCardWhoseCertificateNamesItsIdIsFoundByThatNumber() {
    Account account = new Account(ROSSI, AccountType.FISCONLINE, null, NOW);
    SmartcardBinding binding =
        SmartcardBinding.bind(account, card(ROSSI, "01"), Channel.SMARTCARD, NOW);

    assertThat(binding.cardNumber()).contains("6120016461039008");
    assertThat(binding.channel()).isEqualTo(Channel.SMARTCARD);
  }

  @Test
  void refusesToBindSomebodyElsesCard() {
    Account account = new Account(ROSSI, AccountType.FISCONLINE, null, NOW);
    CnsCertificate other = card(CodiceFiscale.parse("MSRNTN77H15C351X"), "01");

    assertThatThrownBy(() -> SmartcardBinding.bind(account, other, Channel.SMARTCARD, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
