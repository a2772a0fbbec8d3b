package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.devpki.IssuedCredential;
import org.junit.jupiter.api.Test;

/**
 * A new citizen's whole journey in a real browser with the card chosen automatically: abilitazione
 * (PIN and password read from the page), traditional login with the forced password change, accedi
 * with the card, logout. A screenshot of every page.
 */
class ChromiumCitizenJourneyIT extends DeployedApplication {

  private static final String NEW_PASSWORD = "Cambiata.2026";

  @Test
  void enrollsWithTheCardThenUsesTheIssuedCredentialsThenSignsInWithTheCardAndOut() {
    String cf = TestPeople.newCodiceFiscale();
    IssuedCredential card = TestPki.card(cf);

    try (Chromium browser = Chromium.withCard(getClass(), card)) {
      browser.open(ItEnvironment.smartcardUrl("/smartcard/abilitazione.xhtml"));
      // The card and codice fiscale to be enabled are shown before the confirmation.
      assertThat(browser.text("card-cf")).isEqualTo(cf);
      browser.screenshot("01-abilitazione");
      browser.click("abil-form:enroll");
      browser.screenshot("02-abilitazione-done");
      String pin = browser.text("issued-pin");
      String password = browser.text("issued-password");
      assertThat(pin).matches("[0-9]{10}");

      browser.open(ItEnvironment.publicUrl("/login/login.xhtml"));
      browser.screenshot("03-login");
      signIn(browser, cf, password, pin);
      assertThat(browser.currentPath()).isEqualTo("/login/cambio-password.xhtml");
      browser.screenshot("04-forced-password-change");
      browser.type("change-form:current", password);
      browser.type("change-form:next", NEW_PASSWORD);
      browser.type("change-form:repeat", NEW_PASSWORD);
      browser.click("change-form:change");
      assertThat(browser.present("changed")).isTrue();
      browser.screenshot("05-password-changed");

      browser.open(ItEnvironment.publicUrl("/login/login.xhtml"));
      signIn(browser, cf, NEW_PASSWORD, pin);
      assertThat(browser.text("area-cf")).isEqualTo(cf);
      browser.screenshot("06-area-after-password-login");
      browser.click("logout-form:logout");
      // No card was used: the page does not tell the person to remove one.
      assertThat(browser.text("logout-advice")).doesNotContain("smartcard");
      browser.screenshot("07-logged-out");

      browser.open(ItEnvironment.smartcardUrl("/smartcard/accedi.xhtml"));
      browser.screenshot("08-accedi");
      browser.click("accedi-form:accedi");
      assertThat(browser.text("area-cf")).isEqualTo(cf);
      assertThat(browser.text("area-type")).isEqualTo("FISCONLINE");
      browser.screenshot("09-area-after-smartcard-login");
      browser.click("logout-form:logout");
      assertThat(browser.text("logout-advice")).contains("smartcard");
      browser.screenshot("10-logged-out");

      // A page that does not exist: the site's layout and a way home.
      browser.open(ItEnvironment.publicUrl("/non-esiste.xhtml"));
      assertThat(browser.attribute("content", "data-error")).isEqualTo("notFound");
      browser.screenshot("11-not-found");
      browser.click("error-home");
      assertThat(browser.currentPath()).isEqualTo("/index.xhtml");
    }
    assertThat(TestDatabase.auditOutcomes(cf, "FISCONLINE_ENROLLMENT")).containsExactly("OK");
    assertThat(TestDatabase.auditOutcomes(cf, "SMARTCARD_LOGIN")).containsExactly("OK");
    assertThat(TestDatabase.auditOutcomes(cf, "LOGOUT")).containsExactly("OK", "OK");
  }

  private static void signIn(Chromium browser, String cf, String password, String pin) {
    browser.type("login-form:cf", cf);
    browser.type("login-form:password", password);
    browser.type("login-form:pin", pin);
    browser.click("login-form:login");
  }
}
