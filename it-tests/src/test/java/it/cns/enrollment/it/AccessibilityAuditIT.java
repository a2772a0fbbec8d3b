package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import it.cns.enrollment.devpki.IssuedCredential;
import it.cns.enrollment.domain.activation.ActivationCase;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Every page and error state audited with axe-core in the real browser, in Italian and in English
 * (issue #16): the public pages, the smartcard pages (a card bound, no card, a refused card,
 * abilitazione), the personal area with the traditional login and its forced password change, and
 * the intranet (login refused, the forced change, the activation wizard with a refused step, the
 * outcome, revocation, search and the supervision pages; the card look-up with a person's file, its
 * reissue of the codes and the revocation's refusals and confirmation). A serious or critical WCAG
 * 2.1 A/AA violation fails the test when the browser closes; the rest is listed under
 * target/accessibility/. The citizen pages are also seen at a phone's width and must not scroll
 * sideways (screenshots under target/screenshots/AccessibilityAuditIT/).
 */
class AccessibilityAuditIT extends DeployedApplication {

  private static final String NEW_PASSWORD = "Cambiata.2026";

  @BeforeAll
  static void chromiumIsInstalled() {
    assertThat(Chromium.installed())
        .as("chromium, chromium-driver and libnss3-tools are installed (.ci/run installs them)")
        .isTrue();
  }

  @Test
  void publicPagesInItalian() {
    publicPages("it");
  }

  @Test
  void publicPagesInEnglish() {
    publicPages("en");
  }

  @Test
  void smartcardPagesAndPersonalAreaInItalian() {
    smartcardPagesAndPersonalArea("it");
  }

  @Test
  void smartcardPagesAndPersonalAreaInEnglish() {
    smartcardPagesAndPersonalArea("en");
  }

  @Test
  void refusedCardsInItalian() {
    refusedCards("it");
  }

  @Test
  void refusedCardsInEnglish() {
    refusedCards("en");
  }

  @Test
  void intranetPagesInItalian() throws Exception {
    intranetPages("it");
  }

  @Test
  void intranetPagesInEnglish() throws Exception {
    intranetPages("en");
  }

  @Test
  void cardLookupReissueAndRevocationInItalian() throws Exception {
    cardLookupReissueAndRevocation("it");
  }

  @Test
  void cardLookupReissueAndRevocationInEnglish() throws Exception {
    cardLookupReissueAndRevocation("en");
  }

  private void publicPages(String lang) {
    try (Chromium browser = Chromium.withoutCard(getClass(), lang)) {
      citizenPage(browser, ItEnvironment.publicUrl("/"), lang + "-landing");
      assertThat(browser.documentLanguage()).isEqualTo(lang);
      citizenPage(browser, ItEnvironment.publicUrl("/faq.xhtml"), lang + "-faq");
      citizenPage(browser, ItEnvironment.publicUrl("/guida-smartcard.xhtml"), lang + "-card-help");
      citizenPage(browser, ItEnvironment.publicUrl("/sportelli.xhtml"), lang + "-sportelli");
      citizenPage(browser, ItEnvironment.publicUrl("/uscita.xhtml"), lang + "-uscita");
      citizenPage(browser, ItEnvironment.publicUrl("/privacy.xhtml"), lang + "-privacy");
      citizenPage(browser, ItEnvironment.publicUrl("/note-legali.xhtml"), lang + "-legal-notes");
      citizenPage(browser, ItEnvironment.publicUrl("/login/login.xhtml"), lang + "-login");

      // A refused login: the same answer for any wrong credential.
      browser.type("login-form:cf", TestPeople.newCodiceFiscale());
      browser.type("login-form:password", "Sbagliata.2026");
      browser.type("login-form:pin", "0123456789");
      browser.click("login-form:login");
      assertThat(browser.present("problem")).isTrue();
      browser.screenshot(lang + "-login-refused");
      browser.screenshotNarrow(lang + "-login-refused");

      // The container's own error page (static, both languages on one page).
      browser.open(ItEnvironment.publicUrl("/non-esiste.xhtml"));
      browser.screenshot(lang + "-not-found");
    }
  }

  private void smartcardPagesAndPersonalArea(String lang) {
    String cf = TestPeople.newCodiceFiscale();
    IssuedCredential card = TestPki.card(cf);
    try (Chromium browser = Chromium.withCard(getClass(), card, lang)) {
      citizenPage(
          browser, ItEnvironment.smartcardUrl("/smartcard/abilitazione.xhtml"), lang + "-abil");
      browser.click("abil-form:enroll");
      String pin = browser.text("issued-pin");
      String password = browser.text("issued-password");
      browser.screenshot(lang + "-abil-done");
      browser.screenshotNarrow(lang + "-abil-done");

      citizenPage(
          browser,
          ItEnvironment.smartcardUrl("/smartcard/primo-accesso.xhtml"),
          lang + "-primo-accesso-already-bound");

      browser.open(ItEnvironment.publicUrl("/login/login.xhtml"));
      browser.type("login-form:cf", cf);
      browser.type("login-form:password", password);
      browser.type("login-form:pin", pin);
      browser.click("login-form:login");
      assertThat(browser.currentPath()).isEqualTo("/login/cambio-password.xhtml");
      browser.screenshot(lang + "-forced-change");
      browser.screenshotNarrow(lang + "-forced-change");

      // A refused change: the repetition differs.
      browser.type("change-form:current", password);
      browser.type("change-form:next", NEW_PASSWORD);
      browser.type("change-form:repeat", NEW_PASSWORD + "x");
      browser.click("change-form:change");
      browser.screenshot(lang + "-forced-change-refused");

      browser.type("change-form:current", password);
      browser.type("change-form:next", NEW_PASSWORD);
      browser.type("change-form:repeat", NEW_PASSWORD);
      browser.click("change-form:change");
      assertThat(browser.present("changed")).isTrue();
      browser.screenshot(lang + "-changed");

      citizenPage(browser, ItEnvironment.smartcardUrl("/smartcard/accedi.xhtml"), lang + "-accedi");
      browser.click("accedi-form:accedi");
      assertThat(browser.text("area-cf")).isEqualTo(cf);
      browser.screenshot(lang + "-area");
      browser.screenshotNarrow(lang + "-area");
      String area = browser.driver().getCurrentUrl();
      browser.clickAndAwait("change-password", "change-form:current");
      assertThat(browser.present("voluntary-intro")).isTrue();
      browser.screenshot(lang + "-area-change-password");
      browser.screenshotNarrow(lang + "-area-change-password");
      browser.open(area);
      browser.click("logout-form:logout");
      browser.screenshot(lang + "-logged-out");
      browser.screenshotNarrow(lang + "-logged-out");
    }

    String bindable = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(bindable);
    try (Chromium browser = Chromium.withCard(getClass(), TestPki.card(bindable), lang)) {
      citizenPage(
          browser,
          ItEnvironment.smartcardUrl("/smartcard/primo-accesso.xhtml"),
          lang + "-primo-accesso");
      browser.click("bind-form:bind");
      assertThat(browser.text("bound-cf")).isEqualTo(bindable);
      browser.screenshot(lang + "-primo-accesso-bound");
      browser.screenshotNarrow(lang + "-primo-accesso-bound");
    }
  }

  private void refusedCards(String lang) {
    try (Chromium browser = Chromium.withoutCard(getClass(), lang)) {
      citizenPage(
          browser, ItEnvironment.smartcardUrl("/smartcard/primo-accesso.xhtml"), lang + "-no-card");
      assertThat(browser.attribute("problem", "data-code")).isEqualTo("NO_CERTIFICATE");
    }
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    IssuedCredential notCns = TestPki.card(TestPki.profile(cf).withPolicies("1.3.6.1.4.1.99999.1"));
    try (Chromium browser = Chromium.withCard(getClass(), notCns, lang)) {
      citizenPage(
          browser,
          ItEnvironment.smartcardUrl("/smartcard/primo-accesso.xhtml"),
          lang + "-refused-card");
      assertThat(browser.attribute("problem", "data-code")).isEqualTo("NOT_CNS_POLICY");
    }
  }

  private void intranetPages(String lang) throws Exception {
    TestOperators.Account fresh =
        TestOperators.operator(TestOperators.counterOffice("Sportello Audit", true));
    Counter.Desk desk = Counter.newDesk();
    Counter.Desk supervisor = Counter.newSupervisor();
    Counter.Request r = Counter.request(ActivationCase.HOLDER);

    try (Chromium browser = Chromium.withoutCard(getClass(), lang)) {
      browser.open(ItEnvironment.publicUrl(Intranet.LOGIN));
      browser.screenshot(lang + "-intranet-login");
      login(browser, desk.username(), "Sbagliata.2026");
      assertThat(browser.present("problem")).isTrue();
      browser.screenshot(lang + "-intranet-login-refused");

      login(browser, fresh.username(), fresh.password());
      assertThat(browser.currentPath()).isEqualTo(Intranet.CHANGE);
      browser.screenshot(lang + "-intranet-forced-change");
      browser.type("change-form:current", fresh.password());
      browser.type("change-form:next", "corta");
      browser.type("change-form:repeat", "corta");
      browser.click("change-form:change");
      browser.screenshot(lang + "-intranet-forced-change-refused");
    }

    try (Chromium browser = Chromium.withoutCard(getClass(), lang)) {
      browser.open(ItEnvironment.publicUrl(Intranet.LOGIN));
      login(browser, desk.username(), Counter.PASSWORD);
      assertThat(browser.currentPath()).isEqualTo(Intranet.HOME);
      browser.screenshot(lang + "-intranet-home");

      browser.click("home-activation");
      browser.screenshot(lang + "-wizard-step1");
      browser.click("act-form:choose");
      browser.screenshot(lang + "-wizard-step1-refused");
      browser.check("act-form:case:0");
      browser.click("act-form:choose");
      assertThat(browser.attribute("step", "data-step")).isEqualTo("2");
      browser.screenshot(lang + "-wizard-step2");

      // Step 2 refused: a malformed date, refused next to its field.
      browser.type("act-form:cardId", r.cardId());
      browser.type("act-form:holderCf", r.holderCf());
      browser.select("act-form:idType", r.idType());
      browser.type("act-form:idNumber", r.idNumber());
      browser.type("act-form:idIssuer", r.idIssuer());
      browser.type("act-form:idExpiry", "31/02/20x6");
      browser.type("act-form:email", r.email());
      browser.click("act-form:review");
      assertThat(browser.attribute("step", "data-step")).isEqualTo("2");
      browser.screenshot(lang + "-wizard-step2-refused");

      browser.type("act-form:idExpiry", r.idExpiry());
      browser.click("act-form:review");
      assertThat(browser.present("sum-unconfirmed")).isTrue();
      browser.screenshot(lang + "-wizard-step3-unconfirmed");
      // Confirmed without the documents: refused, back at step 2 with the reason.
      browser.click("act-form:confirm");
      assertThat(browser.attribute("step", "data-step")).isEqualTo("2");
      assertThat(browser.present("problem")).isTrue();
      assertThat(browser.attribute("act-form:documents", "aria-invalid")).isEqualTo("true");
      assertThat(browser.attribute("act-form:documents", "aria-describedby")).isEqualTo("problem");
      browser.screenshot(lang + "-wizard-step2-missing-documents");
      for (int i = 0; i < ActivationCase.HOLDER.requiredDocuments().size(); i++) {
        browser.check("act-form:documents:" + i);
      }
      browser.check("act-form:consent");
      browser.click("act-form:review");
      assertThat(browser.text("sum-holder")).isEqualTo(r.holderCf());
      browser.screenshot(lang + "-wizard-step3");
      browser.click("act-form:confirm");
      assertThat(browser.currentPath()).isEqualTo(Counter.OUTCOME);
      browser.screenshot(lang + "-wizard-outcome");

      browser.open(ItEnvironment.publicUrl("/intranet/sportello/revoca.xhtml"));
      browser.screenshot(lang + "-revocation");
      browser.open(ItEnvironment.publicUrl("/intranet/sportello/ricerca.xhtml"));
      browser.screenshot(lang + "-search");

      // An operator on a supervisors' page: the error page saying so, with its way back.
      browser.open(ItEnvironment.publicUrl("/intranet/supervisione/audit.xhtml"));
      assertThat(browser.attribute("content", "data-error")).isEqualTo("supervisorsOnly");
      browser.screenshot(lang + "-supervisors-only");
    }

    try (Chromium browser = Chromium.withoutCard(getClass(), lang)) {
      browser.open(ItEnvironment.publicUrl(Intranet.LOGIN));
      login(browser, supervisor.username(), Counter.PASSWORD);
      for (String page : new String[] {"operatori", "sportelli", "partner", "audit"}) {
        browser.open(ItEnvironment.publicUrl("/intranet/supervisione/" + page + ".xhtml"));
        browser.screenshot(lang + "-supervision-" + page);
      }
      // Counter workstations (issue #18 item 4): the page as it is, an upload refused without a
      // file, then the list with the workstation just registered.
      long workstationOffice = TestOperators.counterOffice("Sportello postazione", true);
      browser.open(ItEnvironment.publicUrl(WorkstationAdminIT.PAGE));
      browser.screenshot(lang + "-supervision-postazioni");
      browser.click("register-form:register");
      assertThat(browser.present("problem")).isTrue();
      browser.screenshot(lang + "-workstation-refused");
      java.nio.file.Path pem = java.nio.file.Files.createTempFile("postazione-", ".pem");
      try {
        String label = "PC audit " + TestOperators.uniqueSuffix();
        java.nio.file.Files.writeString(
            pem, TestPki.partnerCa().issuePartner(label, "ULSS").certificatePem());
        browser.type("register-form:label", label);
        browser.select("register-form:office", String.valueOf(workstationOffice));
        browser.attach("register-form:certificate", pem);
        browser.click("register-form:register");
        assertThat(browser.present("workstations")).isTrue();
        browser.screenshotWhole(lang + "-workstation-list");
      } finally {
        java.nio.file.Files.deleteIfExists(pem);
      }
      // The import of already-enabled users: refused without a file, then a report with a refused
      // row (a wrong check character: nothing is written).
      browser.open(ItEnvironment.publicUrl("/intranet/supervisione/importa-utenti.xhtml"));
      browser.screenshot(lang + "-supervision-importa-utenti");
      browser.click("import-form:upload");
      assertThat(browser.present("problem")).isTrue();
      browser.screenshot(lang + "-user-import-no-file");
      java.nio.file.Path csv = java.nio.file.Files.createTempFile("utenti-", ".csv");
      try {
        java.nio.file.Files.writeString(
            csv, "codice_fiscale;tipo;sedi_entratel;nominativo\nRSSMRA80A01H501X;FISCONLINE;;\n");
        browser.attach("import-form:file", csv);
        browser.click("import-form:upload");
        assertThat(browser.present("import-rows")).isTrue();
        browser.screenshotWhole(lang + "-user-import-report");
      } finally {
        java.nio.file.Files.deleteIfExists(csv);
      }
      browser.click("logout-form:logout");
      browser.screenshot(lang + "-intranet-logged-out");
    }
  }

  /**
   * Issue #16: the counter's card look-up (a person's file), its reissue-of-codes form empty,
   * refused with the identity document's fields missing, refused with an expired document, and
   * done; then the revocation of the card refused without a reason and with a wrong CIP, its
   * confirmation, and the card revoked with the reissued CIP. The activation before is set up over
   * HtmlUnit: what is audited here are the pages that follow.
   */
  private void cardLookupReissueAndRevocation(String lang) throws Exception {
    Counter.Desk desk = Counter.newDesk();
    Counter.Request r = Counter.request(ActivationCase.HOLDER);
    GreenMail smtp = Counter.smtp();
    try {
      try (Browser operator = desk.browser()) {
        assertThat(Counter.activate(operator, r).getUrl().getPath()).isEqualTo(Counter.OUTCOME);
      }
      Counter.awaitMail(smtp, r.email(), 1);

      try (Chromium browser = Chromium.withoutCard(getClass(), lang)) {
        browser.open(ItEnvironment.publicUrl(Intranet.LOGIN));
        login(browser, desk.username(), Counter.PASSWORD);
        assertThat(browser.currentPath()).isEqualTo(Intranet.HOME);

        browser.open(ItEnvironment.publicUrl(Counter.SEARCH));
        browser.check("search-form:by:1"); // by card number
        browser.type("search-form:query", r.cardId());
        browser.click("search-form:search");
        assertThat(browser.text("dossier-cf")).isEqualTo(r.holderCf());
        // The file's ten-column table scrolls in its own region: the page never sideways.
        assertThat(
                (Boolean)
                    browser
                        .driver()
                        .executeScript(
                            "return document.documentElement.scrollWidth"
                                + " <= document.documentElement.clientWidth;"))
            .as("the person's file fits the window's width")
            .isTrue();
        browser.screenshotWhole(lang + "-search-dossier");

        browser.click(rowButton(browser, r.cardId(), "reissue"));
        assertThat(browser.text("reissue-title")).endsWith(r.cardId());
        browser.screenshotWhole(lang + "-reissue-form");

        // Nothing of the identity document filled in: refused next to the form's fields.
        browser.click("reissue-form:confirm-reissue");
        assertThat(browser.attribute("problem", "data-code"))
            .isEqualTo("IDENTITY_DOCUMENT_INVALID");
        assertThat(browser.attribute("reissue-form:idNumber", "aria-invalid")).isEqualTo("true");
        browser.screenshotWhole(lang + "-reissue-refused-missing-document");

        browser.select("reissue-form:idType", "PASSAPORTO");
        browser.type("reissue-form:idNumber", "YA1234567");
        browser.type("reissue-form:idIssuer", "Questura di Padova");
        browser.type("reissue-form:idExpiry", "01/01/2020");
        browser.click("reissue-form:confirm-reissue");
        assertThat(browser.attribute("problem", "data-code"))
            .isEqualTo("IDENTITY_DOCUMENT_INVALID");
        browser.screenshotWhole(lang + "-reissue-refused-expired-document");

        browser.type(
            "reissue-form:idExpiry",
            LocalDate.now().plusYears(4).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        browser.click("reissue-form:confirm-reissue");
        assertThat(browser.currentPath()).isEqualTo(Counter.OUTCOME);
        assertThat(browser.text("out-generation")).isEqualTo("2");
        String cipHalf = browser.text("cip-half");
        browser.screenshot(lang + "-reissue-done");
        Map<String, String> second = Counter.secondHalves(Counter.awaitMail(smtp, r.email(), 2));

        browser.open(ItEnvironment.publicUrl(Counter.REVOCATION));
        browser.type("rev-form:cardId", r.cardId());
        browser.click("rev-form:review");
        assertThat(browser.attribute("step", "data-step")).isEqualTo("1");
        assertThat(browser.attribute("rev-form:reason", "aria-invalid")).isEqualTo("true");
        browser.screenshot(lang + "-revocation-no-reason");

        browser.check("rev-form:reason:1"); // STOLEN
        browser.click("rev-form:review");
        assertThat(browser.attribute("step", "data-step")).isEqualTo("2");
        browser.screenshot(lang + "-revocation-confirmation");
        String cip = cipHalf + second.get("CIP");
        browser.type("rev-form:cip", cip.equals("00000000") ? "11111111" : "00000000");
        browser.click("rev-form:revoke");
        assertThat(browser.attribute("problem", "data-code")).isEqualTo("CIP_WRONG");
        assertThat(browser.attribute("rev-form:cip", "aria-invalid")).isEqualTo("true");
        browser.screenshot(lang + "-revocation-wrong-cip");

        browser.type("rev-form:cip", cip);
        browser.click("rev-form:revoke");
        assertThat(browser.present("revoked")).isTrue();
        browser.screenshot(lang + "-revocation-done");
      }
    } finally {
      smtp.stop();
    }
    assertThat(Counter.activationRow(r.cardId()).get("status")).isEqualTo("REVOKED");
  }

  /** The id of a button (reissue, unlock) in the row of a card in the person's file. */
  private static String rowButton(Chromium browser, String cardId, String action) {
    return browser
        .driver()
        .findElement(By.cssSelector("tr[data-card='" + cardId + "'] input[id$=':" + action + "']"))
        .getDomAttribute("id");
  }

  private static void login(Chromium browser, String username, String password) {
    browser.type("login-form:username", username);
    browser.type("login-form:password", password);
    browser.click("login-form:login");
  }

  /** A citizen's page: audited at the desktop width and at a phone's. */
  private static void citizenPage(Chromium browser, String url, String name) {
    browser.open(url);
    browser.screenshot(name);
    browser.screenshotNarrow(name);
  }
}
