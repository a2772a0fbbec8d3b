package it.cns.enrollment.it;

import static it.cns.enrollment.it.Browser.text;
import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.devpki.IssuedCredential;
import java.nio.file.Files;
import java.nio.file.Path;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSubmitInput;
import org.junit.jupiter.api.Test;

/**
 * The citizen's paths end to end on the real server: abilitazione with the card (PIN and password
 * shown once), traditional login with the forced password change, accedi with the card, the
 * personal area, unbinding, logout, lockout and unlock by smartcard.
 */
class CitizenPortalIT extends DeployedApplication {

  private static final String ABILITAZIONE = "/smartcard/abilitazione.xhtml";
  private static final String ACCEDI = "/smartcard/accedi.xhtml";
  private static final String LOGIN = "/login/login.xhtml";
  private static final String NEW_PASSWORD = "Nuova.Pass42";

  private static HtmlPage click(HtmlPage page, String id) throws Exception {
    return page.<HtmlSubmitInput>getHtmlElementById(id).click();
  }

  private static String problem(HtmlPage page) {
    return page.getHtmlElementById("problem").getAttribute("data-code");
  }

  private static HtmlPage traditionalLogin(Browser browser, String cf, String password, String pin)
      throws Exception {
    HtmlPage page = browser.open(ItEnvironment.publicUrl(LOGIN));
    HtmlForm form = page.getFormByName("login-form");
    form.getInputByName("login-form:cf").setValue(cf);
    form.getInputByName("login-form:password").setValue(password);
    form.getInputByName("login-form:pin").setValue(pin);
    return click(page, "login-form:login");
  }

  private static void bindThroughPrimoAccesso(IssuedCredential card) throws Exception {
    try (Browser browser = Browser.withCard(TestPki.keyStore(card))) {
      HtmlPage bound =
          click(
              browser.open(ItEnvironment.smartcardUrl("/smartcard/primo-accesso.xhtml")),
              "bind-form:bind");
      assertThat(bound.getElementById("bound-cf")).isNotNull();
      // What to do next: accedi with the card.
      assertThat(text(bound, "bound-next")).contains("Accedi con la smartcard");
      assertThat(bound.getHtmlElementById("bound-accedi").getAttribute("href"))
          .endsWith("/smartcard/accedi.xhtml");
    }
  }

  private record Enrolled(String cf, IssuedCredential card, String pin, String password) {}

  private static Enrolled enroll() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    IssuedCredential card = TestPki.card(cf);
    try (Browser browser = Browser.withCard(TestPki.keyStore(card))) {
      HtmlPage done =
          click(browser.open(ItEnvironment.smartcardUrl(ABILITAZIONE)), "abil-form:enroll");
      assertThat(text(done, "enrolled-cf")).isEqualTo(cf);
      return new Enrolled(cf, card, text(done, "issued-pin"), text(done, "issued-password"));
    }
  }

  @Test
  void enrollsWithTheCardAndShowsTheFullPinAndAPasswordThatFollowsTheRules() throws Exception {
    Enrolled e = enroll();

    assertThat(e.pin()).matches("[0-9]{10}");
    assertThat(e.password()).hasSizeBetween(8, 15).matches(".*[A-Za-z].*").matches(".*[0-9].*");
    assertThat(TestDatabase.accountType(e.cf())).isEqualTo("FISCONLINE");
    assertThat(TestDatabase.bindingCount(e.cf())).isEqualTo(1);
    assertThat(TestDatabase.auditOutcomes(e.cf(), "FISCONLINE_ENROLLMENT")).containsExactly("OK");
    assertThat(TestDatabase.storedSecrets(e.cf()))
        .allSatisfy(hash -> assertThat(hash).startsWith("$argon2id$").doesNotContain(e.pin()));
    assertThat(serverLog()).doesNotContain(e.pin()).doesNotContain(e.password());
  }

  @Test
  void refusesToEnrollSomeoneAlreadyEnabledToFisconlineOrEntratel() throws Exception {
    String fisconline = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(fisconline);
    String entratel = TestPeople.newCodiceFiscale();
    TestDatabase.enableEntratel(entratel, "000");

    for (String cf : new String[] {fisconline, entratel}) {
      try (Browser browser = Browser.withCard(TestPki.keyStore(TestPki.card(cf)))) {
        HtmlPage page = browser.open(ItEnvironment.smartcardUrl(ABILITAZIONE));
        // Which card and codice fiscale would be enabled, before the confirmation.
        assertThat(text(page, "card-cf")).isEqualTo(cf);
        HtmlPage answer = click(page, "abil-form:enroll");
        assertThat(problem(answer)).isEqualTo("ALREADY_ENABLED");
        assertThat(answer.getElementById("issued-pin")).isNull();
        // The paths the message names are links.
        assertThat(answer.getHtmlElementById("to-primo-accesso").getAttribute("href"))
            .endsWith("/smartcard/primo-accesso.xhtml");
        assertThat(answer.getHtmlElementById("to-accedi").getAttribute("href"))
            .endsWith("/smartcard/accedi.xhtml");
        assertThat(text(answer, "problem")).doesNotContain("tramite smartcard");
      }
      assertThat(TestDatabase.bindingCount(cf)).isZero();
    }
  }

  @Test
  void firstTraditionalLoginForcesAPasswordChangeThenTheNewPasswordWorks() throws Exception {
    Enrolled e = enroll();
    try (Browser browser = Browser.withoutCard()) {
      HtmlPage change = traditionalLogin(browser, e.cf(), e.password(), e.pin());
      assertThat(change.getUrl().getPath()).isEqualTo("/login/cambio-password.xhtml");

      HtmlForm form = change.getFormByName("change-form");
      form.getInputByName("change-form:current").setValue(e.password());
      form.getInputByName("change-form:next").setValue(NEW_PASSWORD);
      form.getInputByName("change-form:repeat").setValue(NEW_PASSWORD);
      HtmlPage changed = click(change, "change-form:change");
      assertThat(changed.getElementById("changed")).isNotNull();

      HtmlPage oldOne = traditionalLogin(browser, e.cf(), e.password(), e.pin());
      assertThat(problem(oldOne)).isEqualTo("INVALID_CREDENTIALS");

      HtmlPage area = traditionalLogin(browser, e.cf(), NEW_PASSWORD, e.pin());
      assertThat(area.getUrl().getPath()).isEqualTo("/area/index.xhtml");
      assertThat(text(area, "area-cf")).isEqualTo(e.cf());
      assertThat(text(area, "area-type")).isEqualTo("FISCONLINE");
    }
  }

  @Test
  void aPasswordOlderThan90DaysMustBeChangedAtLogin() throws Exception {
    Enrolled e = enroll();
    try (Browser browser = Browser.withoutCard()) {
      HtmlPage change = traditionalLogin(browser, e.cf(), e.password(), e.pin());
      HtmlForm form = change.getFormByName("change-form");
      form.getInputByName("change-form:current").setValue(e.password());
      form.getInputByName("change-form:next").setValue(NEW_PASSWORD);
      form.getInputByName("change-form:repeat").setValue(NEW_PASSWORD);
      click(change, "change-form:change");
      assertThat(traditionalLogin(browser, e.cf(), NEW_PASSWORD, e.pin()).getUrl().getPath())
          .isEqualTo("/area/index.xhtml");

      TestDatabase.agePassword(e.cf(), 91);
      HtmlPage expired = traditionalLogin(browser, e.cf(), NEW_PASSWORD, e.pin());
      assertThat(expired.getUrl().getPath()).isEqualTo("/login/cambio-password.xhtml");
    }
  }

  @Test
  void aFormPostWithAForgedViewTokenChangesNothing() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    try (Browser browser = Browser.withCard(TestPki.keyStore(TestPki.card(cf)))) {
      HtmlPage page = browser.open(ItEnvironment.smartcardUrl("/smartcard/primo-accesso.xhtml"));
      page.getFormByName("bind-form")
          .getInputByName("jakarta.faces.ViewState")
          .setValue("-4242424242424242424:4242424242424242424");
      int logged = serverLog().length();
      HtmlPage answer = click(page, "bind-form:bind");
      assertThat(answer.asNormalizedText()).contains("La pagina è scaduta");
      // A friendly page in the layout asking to repeat the step: no 500, no ERROR in the log.
      assertThat(answer.getWebResponse().getStatusCode()).isEqualTo(400);
      assertThat(answer.getWebResponse().getResponseHeaderValue("Content-Type"))
          .containsIgnoringCase("charset=UTF-8");
      assertThat(answer.getHtmlElementById("error-again").getAttribute("href"))
          .isEqualTo("/smartcard/primo-accesso.xhtml");
      assertThat(answer.getElementById("error-home")).isNotNull();
      assertThat(serverLog().substring(logged)).doesNotContain(" ERROR ");
    }
    assertThat(TestDatabase.bindingCount(cf)).isZero();
  }

  @Test
  void errorPagesAreInTheLayoutWithAWayHomeAndDeclareTheirCharset() throws Exception {
    try (Browser browser = Browser.withoutCard()) {
      HtmlPage missing = browser.open(ItEnvironment.publicUrl("/non-esiste.xhtml"));
      assertThat(missing.getWebResponse().getStatusCode()).isEqualTo(404);
      assertThat(missing.getWebResponse().getResponseHeaderValue("Content-Type"))
          .containsIgnoringCase("charset=UTF-8");
      assertThat(missing.getHtmlElementById("content").getAttribute("data-error"))
          .isEqualTo("notFound");
      assertThat(missing.asNormalizedText())
          .contains("Pagina non trovata")
          .contains("Registrazione smartcard CNS");
      // The footer a PA site has on every page, error pages included (issue #16).
      assertThat(missing.getHtmlElementById("footer-privacy").getAttribute("href"))
          .isEqualTo("/privacy.xhtml");
      assertThat(missing.getHtmlElementById("footer-legal").getAttribute("href"))
          .isEqualTo("/note-legali.xhtml");
      assertThat(missing.getHtmlElementById("footer-accessibility").getAttribute("href"))
          .startsWith("https://");
      assertThat(missing.getElementById("footer-feedback")).isNotNull();
      HtmlPage home = missing.getHtmlElementById("error-home").click();
      assertThat(home.getUrl().getPath()).isEqualTo("/index.xhtml");
      assertThat(home.getWebResponse().getStatusCode()).isEqualTo(200);

      HtmlPage english = browser.open(ItEnvironment.publicUrl("/non-esiste.xhtml?lang=en"));
      assertThat(english.asNormalizedText()).contains("Page not found");
    }
    // On the smartcard listener the way home leads to the public listener, which has the page.
    try (Browser browser =
        Browser.withCard(TestPki.keyStore(TestPki.card(TestPeople.newCodiceFiscale())))) {
      HtmlPage missing = browser.open(ItEnvironment.smartcardUrl("/smartcard/non-esiste.xhtml"));
      assertThat(missing.getWebResponse().getStatusCode()).isEqualTo(404);
      assertThat(missing.getHtmlElementById("error-home").getAttribute("href"))
          .isEqualTo(ItEnvironment.publicUrl("/index.xhtml"));
      assertThat(missing.getHtmlElementById("footer-legal").getAttribute("href"))
          .isEqualTo(ItEnvironment.publicUrl("/note-legali.xhtml"));
    }
    // A cross-site post is told as such.
    assertThat(HttpProbe.postWithOrigin(ItEnvironment.publicUrl(LOGIN), "https://evil.example"))
        .isEqualTo(403);
  }

  @Test
  void aWrongPasswordAWrongPinAndAnUnknownPersonGetTheSameAnswer() throws Exception {
    Enrolled e = enroll();
    try (Browser browser = Browser.withoutCard()) {
      HtmlPage wrongPassword = traditionalLogin(browser, e.cf(), "Sbagliata.99", e.pin());
      HtmlPage wrongPin = traditionalLogin(browser, e.cf(), e.password(), "0000000000");
      HtmlPage unknown =
          traditionalLogin(browser, TestPeople.newCodiceFiscale(), e.password(), e.pin());

      assertThat(problem(wrongPassword)).isEqualTo("INVALID_CREDENTIALS");
      assertThat(text(wrongPin, "problem")).isEqualTo(text(wrongPassword, "problem"));
      assertThat(text(unknown, "problem")).isEqualTo(text(wrongPassword, "problem"));
    }
  }

  @Test
  void eightWrongAttemptsLockTheAccountAndASmartcardLoginUnlocksIt() throws Exception {
    Enrolled e = enroll();
    try (Browser browser = Browser.withoutCard()) {
      for (int i = 0; i < 8; i++) {
        traditionalLogin(browser, e.cf(), "Sbagliata.99", e.pin());
      }
      HtmlPage locked = traditionalLogin(browser, e.cf(), e.password(), e.pin());
      // Locked: the answer an unknown codice fiscale gets (the holder is told by mail).
      assertThat(problem(locked)).isEqualTo("INVALID_CREDENTIALS");
    }
    try (Browser card = Browser.withCard(TestPki.keyStore(e.card()))) {
      HtmlPage area = click(card.open(ItEnvironment.smartcardUrl(ACCEDI)), "accedi-form:accedi");
      assertThat(text(area, "area-cf")).isEqualTo(e.cf());
    }
    try (Browser browser = Browser.withoutCard()) {
      HtmlPage change = traditionalLogin(browser, e.cf(), e.password(), e.pin());
      assertThat(change.getUrl().getPath()).isEqualTo("/login/cambio-password.xhtml");
    }
  }

  /**
   * The role reaches the EJB tier from the container's identity, not from the page: an operator
   * promoted in the database during the session (before changing the first password, which
   * refreshes the page's view of the account) is shown the supervisor's unlock button, and the
   * database would allow it, but the container still knows the login's role OPERATOR and the
   * service's {@code @RolesAllowed(SUPERVISOR)} refuses. Nothing changes; the refusal is audited
   * under the principal as the container knows it.
   */
  @Test
  void aRolePromotedDuringTheSessionReachesTheServicesOnlyAtTheNextLogin() throws Exception {
    Enrolled e = enroll();
    try (Browser browser = Browser.withoutCard()) {
      for (int i = 0; i < 8; i++) {
        traditionalLogin(browser, e.cf(), "Sbagliata.99", e.pin());
      }
    }
    TestOperators.Account account =
        TestOperators.operator(TestOperators.counterOffice("Sportello promozione", true));
    try (Browser browser = Browser.withoutCard()) {
      HtmlPage change = Intranet.login(browser, account.username(), account.password());
      assertThat(Intranet.path(change)).isEqualTo(Intranet.CHANGE);
      TestOperators.promoteToSupervisor(account.username());
      HtmlPage changed = Intranet.changePassword(change, account.password(), Counter.PASSWORD);
      assertThat(changed.getElementById("changed")).as("password changed").isNotNull();

      HtmlPage dossier = lookUp(browser, e.cf());
      assertThat(dossier.getElementById("credentials-form:unlock-credentials"))
          .as("the page believes the database's new role")
          .isNotNull();
      HtmlPage refused = click(dossier, "credentials-form:unlock-credentials");
      assertThat(Intranet.problem(refused)).isEqualTo("OPERATOR_NOT_PERMITTED");
      assertThat(text(refused, "dossier-credentials")).contains("bloccate");
    }
    assertThat(TestDatabase.auditOutcomes(e.cf(), "CREDENTIALS_UNLOCK")).isEmpty();
    assertThat(TestOperators.auditOutcomes("operator:" + account.username(), "CREDENTIALS_UNLOCK"))
        .as("the container's refusal, recorded with the role of the login")
        .containsExactly("OPERATOR_NOT_PERMITTED");
    // At the next login the container knows the new role, and the same click works.
    try (Browser browser = Browser.withoutCard()) {
      Intranet.login(browser, account.username(), Counter.PASSWORD);
      HtmlPage unlocked = click(lookUp(browser, e.cf()), "credentials-form:unlock-credentials");
      assertThat(text(unlocked, "notice")).contains("sbloccate");
    }
    assertThat(TestDatabase.auditOutcomes(e.cf(), "CREDENTIALS_UNLOCK")).containsExactly("OK");
    assertThat(
            TestOperators.auditOutcomes("supervisor:" + account.username(), "CREDENTIALS_UNLOCK"))
        .as("the actor is the container's principal and role")
        .containsExactly("OK");
  }

  /** The counter's look-up page with the person found by codice fiscale. */
  private static HtmlPage lookUp(Browser intranet, String cf) throws Exception {
    HtmlPage page = intranet.open(ItEnvironment.publicUrl(Counter.SEARCH));
    HtmlForm form = page.getFormByName("search-form");
    form.getRadioButtonsByName("search-form:by")
        .forEach(b -> b.setChecked(b.getValueAttribute().equals("cf")));
    form.getInputByName("search-form:query").setValue(cf);
    return click(page, "search-form:search");
  }

  @Test
  void aLockedAccountIsUnlockedAtTheOfficeByASupervisorNotByAnOperator() throws Exception {
    Enrolled e = enroll();
    try (Browser browser = Browser.withoutCard()) {
      for (int i = 0; i < 8; i++) {
        traditionalLogin(browser, e.cf(), "Sbagliata.99", e.pin());
      }
      assertThat(problem(traditionalLogin(browser, e.cf(), e.password(), e.pin())))
          .isEqualTo("INVALID_CREDENTIALS");
    }
    try (Browser operator = Counter.newDesk().browser()) {
      HtmlPage dossier = lookUp(operator, e.cf());
      assertThat(text(dossier, "dossier-credentials")).contains("bloccate");
      assertThat(dossier.getElementById("credentials-form:unlock-credentials"))
          .as("operators cannot unlock")
          .isNull();
    }
    try (Browser supervisor = Counter.newSupervisor().browser()) {
      HtmlPage unlocked = click(lookUp(supervisor, e.cf()), "credentials-form:unlock-credentials");
      assertThat(text(unlocked, "notice")).contains("sbloccate");
      assertThat(text(unlocked, "dossier-credentials")).doesNotContain("bloccate");
      assertThat(unlocked.getElementById("credentials-form:unlock-credentials")).isNull();
    }
    assertThat(TestDatabase.auditOutcomes(e.cf(), "CREDENTIALS_UNLOCK")).containsExactly("OK");
    try (Browser browser = Browser.withoutCard()) {
      HtmlPage change = traditionalLogin(browser, e.cf(), e.password(), e.pin());
      assertThat(change.getUrl().getPath()).isEqualTo("/login/cambio-password.xhtml");
    }
  }

  @Test
  void accediWithARegisteredCardOpensThePersonalAreaUnderANewSessionId() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableEntratel(cf, "000", "001");
    IssuedCredential card = TestPki.card(cf);
    bindThroughPrimoAccesso(card);

    try (Browser browser = Browser.withCard(TestPki.keyStore(card))) {
      HtmlPage page = browser.open(ItEnvironment.smartcardUrl(ACCEDI));
      String before = browser.cookie("JSESSIONID");
      HtmlPage area = click(page, "accedi-form:accedi");

      assertThat(browser.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
      assertThat(text(area, "area-type")).isEqualTo("ENTRATEL");
      assertThat(text(area, "area-sites")).contains("000").contains("001");
      assertThat(area.getHtmlElementById("area-cards").asNormalizedText()).contains("****");
      // Which site the card is bound to, and the issuer by its organisation's name.
      assertThat(
              ((org.htmlunit.html.HtmlElement) area.getFirstByXPath("//td[@class='card-site']"))
                  .getAttribute("data-site"))
          .isEqualTo("000");
      assertThat(area.getHtmlElementById("area-cards").asNormalizedText()).doesNotContain("CN=");
    }
    assertThat(TestDatabase.auditOutcomes(cf, "SMARTCARD_LOGIN")).containsExactly("OK");
  }

  @Test
  void accediRefusesACardThatWasNeverRegistered() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    try (Browser browser = Browser.withCard(TestPki.keyStore(TestPki.card(cf)))) {
      HtmlPage answer =
          click(browser.open(ItEnvironment.smartcardUrl(ACCEDI)), "accedi-form:accedi");
      assertThat(problem(answer)).isEqualTo("CARD_NOT_REGISTERED");
      assertThat(answer.getElementById("offer-primo-accesso")).isNotNull();
    }
  }

  @Test
  void unbindsACardAfterConfirmationAndLogoutEndsTheSession() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    IssuedCredential card = TestPki.card(cf);
    bindThroughPrimoAccesso(card);

    try (Browser browser = Browser.withCard(TestPki.keyStore(card))) {
      HtmlPage area = click(browser.open(ItEnvironment.smartcardUrl(ACCEDI)), "accedi-form:accedi");
      HtmlPage confirm =
          area.getFirstByXPath("//input[contains(@class,'unbind')]") instanceof HtmlSubmitInput b
              ? b.click()
              : null;
      assertThat(confirm).isNotNull();
      assertThat(TestDatabase.bindingCount(cf))
          .as("nothing removed before confirming")
          .isEqualTo(1);
      HtmlPage unbound =
          confirm.<HtmlSubmitInput>getFirstByXPath("//input[contains(@id,'confirm')]").click();
      assertThat(unbound.getElementById("unbound")).isNotNull();
      assertThat(TestDatabase.bindingCount(cf)).isZero();

      HtmlPage out = click(unbound, "logout-form:logout");
      assertThat(out.getUrl().toString()).startsWith(ItEnvironment.smartcardUrl("/uscita.xhtml"));
      assertThat(text(out, "logout-advice")).contains("tolga la smartcard");

      HtmlPage after = browser.open(ItEnvironment.smartcardUrl("/area/index.xhtml"));
      assertThat(after.getElementById("area-cf")).as("no personal area after logout").isNull();
    }
    assertThat(TestDatabase.auditOutcomes(cf, "CARD_UNBIND")).containsExactly("OK");
    assertThat(TestDatabase.auditOutcomes(cf, "LOGOUT")).containsExactly("OK");
  }

  @Test
  void pagesCarryTheSecurityHeadersAndRefuseACrossSitePost() throws Exception {
    try (Browser browser = Browser.withoutCard()) {
      HtmlPage page = browser.open(ItEnvironment.publicUrl(LOGIN));
      var response = page.getWebResponse();
      assertThat(response.getResponseHeaderValue("Content-Security-Policy"))
          .contains("default-src 'self'")
          .contains("frame-ancestors 'none'");
      assertThat(response.getResponseHeaderValue("Strict-Transport-Security")).contains("max-age=");
      assertThat(response.getResponseHeaderValue("Cache-Control")).contains("no-store");
      assertThat(
              response.getResponseHeaders().stream()
                  .filter(h -> h.getName().equalsIgnoreCase("Set-Cookie"))
                  .map(h -> h.getValue())
                  .toList()
                  .toString())
          .containsIgnoringCase("; Secure")
          .containsIgnoringCase("; HttpOnly")
          .containsIgnoringCase("SameSite=Strict");
    }
    assertThat(HttpProbe.postWithOrigin(ItEnvironment.publicUrl(LOGIN), "https://evil.example"))
        .isEqualTo(403);
  }

  private static String serverLog() throws Exception {
    Path log =
        Path.of(ItEnvironment.property("it.wildfly.home"), "standalone", "log", "server.log");
    return Files.readString(log);
  }
}
