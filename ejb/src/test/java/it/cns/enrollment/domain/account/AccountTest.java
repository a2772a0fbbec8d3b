package it.cns.enrollment.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.domain.identity.CodiceFiscale;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTest {

  private static final CodiceFiscale CF = CodiceFiscale.parse("RSSMRA80A01H501U");

  @Test
  void aFisconlineAccountHasNoSmartcardSite() {
    Account account = new Account(CF, AccountType.FISCONLINE, "MARIO ROSSI", Instant.now());
    assertThat(account.smartcardSite()).isEmpty();
  }

  @Test
  void anEntratelAccountsSmartcardGoesToSite000() {
    Account account = new Account(CF, AccountType.ENTRATEL, "MARIO ROSSI", Instant.now());
    account.addSite("001", "Milano");
    account.addSite("000", "Roma");

    assertThat(account.smartcardSite())
        .hasValueSatisfying(s -> assertThat(s.code()).isEqualTo("000"));
    assertThat(account.sites()).hasSize(2);
  }

  @Test
  void anEntratelAccountWithoutSite000GetsItWhenACardIsBound() {
    Account account = new Account(CF, AccountType.ENTRATEL, "MARIO ROSSI", Instant.now());
    account.addSite("001", "Milano");

    assertThat(account.smartcardSite())
        .hasValueSatisfying(s -> assertThat(s.isSmartcardSite()).isTrue());
    assertThat(account.sites()).extracting(EntratelSite::code).containsExactly("001", "000");
  }

  @Test
  void refusesSitesOnFisconlineAccountsAndMalformedOrDuplicateCodes() {
    Account fisconline = new Account(CF, AccountType.FISCONLINE, null, Instant.now());
    assertThatThrownBy(() -> fisconline.addSite("000", "x"))
        .isInstanceOf(IllegalStateException.class);

    Account entratel = new Account(CF, AccountType.ENTRATEL, null, Instant.now());
    assertThatThrownBy(() -> entratel.addSite("1", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    entratel.addSite("002", "x");
    assertThatThrownBy(() -> entratel.addSite("002", "y"))
        .isInstanceOf(IllegalStateException.class);
  }
}
