package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.devpki.IssuedCredential;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages in a real browser: Debian's headless chromium through chromedriver, presenting the
 * card's certificate from its NSS database the way a citizen's browser does with the card in the
 * reader (chosen automatically by a managed policy, since nobody can click a picker headless).
 * Every page seen is saved under {@code target/screenshots/ChromiumSmartcardIT/}.
 */
class ChromiumSmartcardIT extends DeployedApplication {

  private static final String PRIMO_ACCESSO = "/smartcard/primo-accesso.xhtml";

  @BeforeAll
  static void chromiumIsInstalled() {
    assertThat(Chromium.installed())
        .as("chromium, chromium-driver and libnss3-tools are installed (.ci/run installs them)")
        .isTrue();
  }

  @Test
  void bindsTheCardOfAnEnabledFisconlineUserInARealBrowser() {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    IssuedCredential card = TestPki.card(cf);

    try (Chromium browser = Chromium.withCard(getClass(), card)) {
      browser.open(ItEnvironment.smartcardUrl(PRIMO_ACCESSO));
      browser.screenshot("primo-accesso-card");
      assertThat(browser.text("card-cf")).isEqualTo(cf);
      assertThat(browser.documentLanguage()).isEqualTo("it");

      browser.click("bind-form:bind");
      browser.screenshot("primo-accesso-bound");
      assertThat(browser.text("bound-cf")).isEqualTo(cf);
      assertThat(browser.text("bound-type")).isEqualTo("FISCONLINE");
    }
    assertThat(TestDatabase.bindingCount(cf)).isEqualTo(1);
    assertThat(TestDatabase.auditOutcomes(cf, "CARD_BIND")).containsExactly("OK");
  }

  @Test
  void explainsThatNoCardWasPresentedWhenTheBrowserHasNone() {
    try (Chromium browser = Chromium.withoutCard(getClass())) {
      browser.open(ItEnvironment.smartcardUrl(PRIMO_ACCESSO));
      browser.screenshot("no-card");

      assertThat(browser.attribute("problem", "data-code")).isEqualTo("NO_CERTIFICATE");
      assertThat(browser.text("problem")).contains("Inserisca la carta nel lettore");
      assertThat(browser.present("bind-form")).isFalse();
    }
  }

  @Test
  void explainsACardTheApplicationRefusesAndOffersNoWayToBindIt() {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    IssuedCredential notCns = TestPki.card(TestPki.profile(cf).withPolicies("1.3.6.1.4.1.99999.1"));

    try (Chromium browser = Chromium.withCard(getClass(), notCns)) {
      browser.open(ItEnvironment.smartcardUrl(PRIMO_ACCESSO));
      browser.screenshot("refused-card-not-cns-policy");

      assertThat(browser.attribute("problem", "data-code")).isEqualTo("NOT_CNS_POLICY");
      assertThat(browser.text("problem")).contains("Carta Nazionale dei Servizi");
      assertThat(browser.present("bind-form")).isFalse();
    }
    assertThat(TestDatabase.bindingCount(cf)).isZero();
  }

  /**
   * Unlike HtmlUnit (see CardRefusalPagesIT), chromium never offers an expired client certificate:
   * its NSS certificate store drops certificates outside their validity before choosing one, so the
   * citizen with an expired card sees the "insert the card" page, not the EXPIRED one.
   */
  @Test
  void anExpiredCardIsNotEvenOfferedByTheBrowserSoThePageAsksForTheCard() {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    Instant now = Instant.now();
    IssuedCredential expired =
        TestPki.card(
            TestPki.profile(cf)
                .withValidity(now.minus(900, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS)));

    try (Chromium browser = Chromium.withCard(getClass(), expired)) {
      browser.open(ItEnvironment.smartcardUrl(PRIMO_ACCESSO));
      browser.screenshot("expired-card");

      assertThat(browser.attribute("problem", "data-code")).isEqualTo("NO_CERTIFICATE");
      assertThat(browser.present("bind-form")).isFalse();
    }
    assertThat(TestDatabase.bindingCount(cf)).isZero();
  }

  @Test
  void showsThePublicLandingPageInItalian() {
    try (Chromium browser = Chromium.withoutCard(getClass())) {
      browser.open(ItEnvironment.publicUrl("/"));
      browser.screenshot("landing");

      assertThat(browser.documentLanguage()).isEqualTo("it");
      assertThat(browser.present("link-primo-accesso")).isTrue();
      assertThat(browser.attribute("link-primo-accesso", "href"))
          .contains("/smartcard/primo-accesso");
    }
  }
}
