package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.devpki.IssuedCredential;
import it.cns.enrollment.domain.activation.ActivationCase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The journeys with the keyboard alone (issue #16): Tab, Shift-Tab, Enter and Space, no click. The
 * skip link is the first stop and moves the focus to the main content; the fields come in reading
 * order; after a refused submit the focus is on the error summary or on the first invalid field,
 * which names its message with aria-describedby and is marked aria-invalid. Every page seen is also
 * audited (Chromium#screenshot).
 */
class KeyboardJourneyIT extends DeployedApplication {

  private static final String NEW_PASSWORD = "Cambiata.2026";

  @BeforeAll
  static void chromiumIsInstalled() {
    assertThat(Chromium.installed())
        .as("chromium, chromium-driver and libnss3-tools are installed (.ci/run installs them)")
        .isTrue();
  }

  @Test
  void primoAccessoWithTheKeyboard() {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    try (Chromium browser = Chromium.withCard(getClass(), TestPki.card(cf))) {
      browser.open(ItEnvironment.smartcardUrl("/smartcard/primo-accesso.xhtml"));
      skipLinkLeadsToTheContent(browser);
      assertThat(browser.tabUntil("bind-form:bind", 10)).isTrue();
      browser.pressAndWait(org.openqa.selenium.Keys.ENTER);
      assertThat(browser.text("bound-cf")).isEqualTo(cf);
      browser.screenshot("primo-accesso-bound");
    }
  }

  @Test
  void traditionalLoginWithTheForcedPasswordChangeThenThePersonalAreaWithTheKeyboard() {
    String cf = TestPeople.newCodiceFiscale();
    IssuedCredential card = TestPki.card(cf);
    try (Chromium browser = Chromium.withCard(getClass(), card)) {
      browser.open(ItEnvironment.smartcardUrl("/smartcard/abilitazione.xhtml"));
      skipLinkLeadsToTheContent(browser);
      assertThat(browser.tabUntil("abil-form:enroll", 10)).isTrue();
      browser.pressAndWait(org.openqa.selenium.Keys.SPACE);
      String pin = browser.text("issued-pin");
      String password = browser.text("issued-password");

      browser.open(ItEnvironment.publicUrl("/login/login.xhtml"));
      skipLinkLeadsToTheContent(browser);
      assertThat(browser.tabStops(4))
          .containsExactly(
              "login-form:cf", "login-form:password", "login-form:pin", "login-form:login");
      assertThat(browser.shiftTabStops(3))
          .containsExactly("login-form:pin", "login-form:password", "login-form:cf");
      // Refused: a wrong PIN. The focus is on the error summary.
      browser.typeInFocused(cf);
      browser.tab();
      browser.typeInFocused(password);
      browser.tab();
      browser.typeInFocused("0000000000");
      browser.pressAndWait(org.openqa.selenium.Keys.ENTER);
      assertThat(browser.focused()).isEqualTo("problem");
      browser.screenshot("login-refused-focus-on-summary");

      assertThat(browser.tabUntil("login-form:cf", 10)).isTrue();
      browser.typeInFocused(cf);
      browser.tab();
      browser.typeInFocused(password);
      browser.tab();
      browser.typeInFocused(pin);
      browser.pressAndWait(org.openqa.selenium.Keys.ENTER);
      assertThat(browser.currentPath()).isEqualTo("/login/cambio-password.xhtml");

      skipLinkLeadsToTheContent(browser);
      assertThat(browser.tabStops(4))
          .containsExactly(
              "change-form:current",
              "change-form:next",
              "change-form:repeat",
              "change-form:change");
      browser.shiftTabStops(3);
      browser.typeInFocused(password);
      browser.tab();
      browser.typeInFocused(NEW_PASSWORD);
      browser.tab();
      browser.typeInFocused(NEW_PASSWORD + "x");
      browser.pressAndWait(org.openqa.selenium.Keys.ENTER);
      assertThat(browser.focused()).isEqualTo("problem");
      browser.screenshot("change-refused-focus-on-summary");

      assertThat(browser.tabUntil("change-form:current", 10)).isTrue();
      browser.typeInFocused(password);
      browser.tab();
      browser.typeInFocused(NEW_PASSWORD);
      browser.tab();
      browser.typeInFocused(NEW_PASSWORD);
      browser.tab();
      browser.pressAndWait(org.openqa.selenium.Keys.ENTER);
      assertThat(browser.present("changed")).isTrue();

      browser.open(ItEnvironment.publicUrl("/login/login.xhtml"));
      assertThat(browser.tabUntil("login-form:cf", 40)).isTrue();
      browser.typeInFocused(cf);
      browser.tab();
      browser.typeInFocused(NEW_PASSWORD);
      browser.tab();
      browser.typeInFocused(pin);
      browser.pressAndWait(org.openqa.selenium.Keys.ENTER);
      assertThat(browser.text("area-cf")).isEqualTo(cf);
      skipLinkLeadsToTheContent(browser);
      assertThat(browser.tabUntil("logout-form:logout", 20)).isTrue();
      browser.pressAndWait(org.openqa.selenium.Keys.ENTER);
      assertThat(browser.present("logged-out")).isTrue();
      browser.screenshot("logged-out");
    }
  }

  @Test
  void theOperatorsActivationWizardWithTheKeyboard() throws Exception {
    Counter.Desk desk = Counter.newDesk();
    Counter.Request r = Counter.request(ActivationCase.HOLDER);
    try (Chromium browser = Chromium.withoutCard(getClass())) {
      browser.open(ItEnvironment.publicUrl(Intranet.LOGIN));
      skipLinkLeadsToTheContent(browser);
      assertThat(browser.tabStops(3))
          .containsExactly("login-form:username", "login-form:password", "login-form:login");
      browser.shiftTabStops(2);
      browser.typeInFocused(desk.username());
      browser.tab();
      browser.typeInFocused(Counter.PASSWORD);
      browser.pressAndWait(org.openqa.selenium.Keys.ENTER);
      assertThat(browser.currentPath()).isEqualTo(Intranet.HOME);

      skipLinkLeadsToTheContent(browser);
      assertThat(browser.tabUntil("home-activation", 30)).isTrue();
      browser.pressAndWait(org.openqa.selenium.Keys.ENTER);

      // Step 1 refused: no case chosen. Focus on the summary; the group says it is invalid.
      assertThat(browser.tabUntil("act-form:choose", 20)).isTrue();
      browser.pressAndWait(org.openqa.selenium.Keys.ENTER);
      assertThat(browser.focused()).isEqualTo("problem");
      browser.screenshot("step1-refused-focus-on-summary");

      assertThat(browser.tabUntil("act-form:case:0", 10)).isTrue();
      browser.press(org.openqa.selenium.Keys.SPACE);
      assertThat(browser.tabUntil("act-form:choose", 20)).isTrue();
      browser.pressAndWait(org.openqa.selenium.Keys.ENTER);
      assertThat(browser.attribute("step", "data-step")).isEqualTo("2");

      // Step 2 in reading order; a malformed date refused next to its field.
      assertThat(browser.tabUntil("act-form:cardId", 30)).isTrue();
      browser.typeInFocused(r.cardId());
      browser.tab();
      assertThat(browser.focused()).isEqualTo("act-form:holderCf");
      browser.typeInFocused(r.holderCf());
      browser.tab();
      // The holder's name, from the document seen (optional: left empty here).
      assertThat(browser.focused()).isEqualTo("act-form:holderName");
      browser.tab();
      assertThat(browser.focused()).isEqualTo("act-form:idType");
      browser.select("act-form:idType", r.idType());
      browser.tab();
      assertThat(browser.focused()).isEqualTo("act-form:idNumber");
      browser.typeInFocused(r.idNumber());
      browser.tab();
      assertThat(browser.focused()).isEqualTo("act-form:idIssuer");
      browser.typeInFocused(r.idIssuer());
      browser.tab();
      assertThat(browser.focused()).isEqualTo("act-form:idExpiry");
      browser.typeInFocused("31/02/20x6");
      browser.tab();
      assertThat(browser.focused()).isEqualTo("act-form:email");
      browser.typeInFocused(r.email());
      for (int i = 0; i < ActivationCase.HOLDER.requiredDocuments().size(); i++) {
        browser.tab();
        assertThat(browser.focused()).isEqualTo("act-form:documents:" + i);
        browser.press(org.openqa.selenium.Keys.SPACE);
      }
      // The privacy notice: its link to the full notice, then the consent box.
      browser.tab();
      assertThat(browser.focused()).isEqualTo("privacy-full");
      browser.tab();
      assertThat(browser.focused()).isEqualTo("act-form:consent");
      browser.press(org.openqa.selenium.Keys.SPACE);
      browser.tab();
      assertThat(browser.focused()).isEqualTo("act-form:back");
      browser.tab();
      assertThat(browser.focused()).isEqualTo("act-form:review");
      browser.pressAndWait(org.openqa.selenium.Keys.ENTER);

      assertThat(browser.focused()).isEqualTo("act-form:idExpiry");
      assertThat(browser.attribute("act-form:idExpiry", "aria-invalid")).isEqualTo("true");
      String describedBy = browser.attribute("act-form:idExpiry", "aria-describedby");
      assertThat(describedBy).isEqualTo("act-form:idExpiry-error");
      assertThat(browser.text(describedBy)).isNotBlank();
      browser.screenshot("step2-refused-focus-on-field");

      browser.typeInFocused(r.idExpiry());
      assertThat(browser.tabUntil("act-form:review", 20)).isTrue();
      browser.pressAndWait(org.openqa.selenium.Keys.ENTER);
      assertThat(browser.text("sum-holder")).isEqualTo(r.holderCf());
      assertThat(browser.tabUntil("act-form:confirm", 20)).isTrue();
      browser.pressAndWait(org.openqa.selenium.Keys.ENTER);
      assertThat(browser.currentPath()).isEqualTo(Counter.OUTCOME);
      browser.screenshot("outcome");
    }
  }

  /** The first Tab reaches the skip link; Enter on it moves the focus to the main content. */
  private static void skipLinkLeadsToTheContent(Chromium browser) {
    browser.tab();
    assertThat(browser.focusedHref()).endsWith("#content");
    browser.press(org.openqa.selenium.Keys.ENTER);
    assertThat(browser.focused()).isEqualTo("content");
  }
}
