package it.cns.enrollment.it;

import static it.cns.enrollment.it.Browser.text;
import static it.cns.enrollment.it.Intranet.click;
import static it.cns.enrollment.it.Intranet.login;
import static it.cns.enrollment.it.Intranet.path;
import static it.cns.enrollment.it.Intranet.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSubmitInput;
import org.junit.jupiter.api.Test;

/**
 * Supervision on the real server: operators created by a supervisor log in with the password shown
 * once; unlock, disable and enable, role and counter changes; the role is checked by the services
 * too (a demoted supervisor's open session can do nothing); counter offices created, edited and
 * disabled, and the public directory that lists only the enabled ones; a citizen's session reaches
 * no intranet page. Every change leaves its audit row; no password reaches the server log.
 */
class IntranetSupervisionIT extends DeployedApplication {

  private static final String OPERATORS = "/intranet/supervisione/operatori.xhtml";
  private static final String COUNTERS = "/intranet/supervisione/sportelli.xhtml";
  private static final String DIRECTORY = "/sportelli.xhtml";
  private static final String NEW_PASSWORD = IntranetLoginIT.NEW_PASSWORD;

  private static Browser supervisorBrowser(TestOperators.Account supervisor) throws Exception {
    Browser browser = Browser.withoutCard();
    Intranet.loginAndChangePassword(browser, supervisor, NEW_PASSWORD);
    return browser;
  }

  private static HtmlPage rowAction(HtmlPage page, String username, String action)
      throws Exception {
    HtmlSubmitInput button =
        page.getFirstByXPath(
            "//tr[@data-username='" + username + "']//input[contains(@class,'" + action + "')]");
    assertThat(button).as(action + " for " + username).isNotNull();
    return button.click();
  }

  private static HtmlPage createOperator(
      HtmlPage page, String username, String name, String role, Long counterId) throws Exception {
    HtmlForm form = page.getFormByName("create-form");
    form.getInputByName("create-form:username").setValue(username);
    form.getInputByName("create-form:display-name").setValue(name);
    form.getSelectByName("create-form:role").setSelectedAttribute(role, true);
    form.getSelectByName("create-form:counter")
        .setSelectedAttribute(counterId == null ? "" : counterId.toString(), true);
    return click(page, "create-form:create");
  }

  @Test
  void aSupervisorCreatesAnOperatorWhoLogsInWithThePasswordShownOnce() throws Exception {
    TestOperators.Account supervisor = TestOperators.supervisor();
    long counter = TestOperators.counterOffice("Sportello creazione", true);
    String username = "nuovo." + TestOperators.uniqueSuffix();
    String shown;
    try (Browser browser = supervisorBrowser(supervisor)) {
      HtmlPage page = browser.open(ItEnvironment.publicUrl(OPERATORS));
      assertThat(path(page)).isEqualTo(OPERATORS);

      HtmlPage invalid = createOperator(page, "X y", "Nome", "OPERATOR", counter);
      assertThat(problem(invalid)).isEqualTo("OPERATOR_INVALID");
      HtmlPage noCounter = createOperator(invalid, username, "Nome", "OPERATOR", null);
      assertThat(problem(noCounter)).isEqualTo("COUNTER_OFFICE_REQUIRED");

      HtmlPage created = createOperator(noCounter, username, "Anna Bianchi", "OPERATOR", counter);
      assertThat(created.getElementById("problem")).isNull();
      assertThat(text(created, "issued-username")).isEqualTo(username);
      shown = text(created, "issued-password");
      assertThat(shown).hasSizeGreaterThanOrEqualTo(12);
      assertThat((Object) created.getFirstByXPath("//tr[@data-username='" + username + "']"))
          .isNotNull();

      HtmlPage again = createOperator(created, username, "Altra", "OPERATOR", counter);
      assertThat(problem(again)).isEqualTo("OPERATOR_USERNAME_TAKEN");

      HtmlPage reloaded = browser.open(ItEnvironment.publicUrl(OPERATORS));
      assertThat(reloaded.getElementById("issued-password")).as("shown once").isNull();
      assertThat(reloaded.asXml()).doesNotContain(shown);
    }
    assertThat(TestOperators.state(username)).containsExactly("0,false,true,true,OPERATOR");
    assertThat(TestOperators.passwordHash(username)).startsWith("$argon2id$");
    try (Browser browser = Browser.withoutCard()) {
      HtmlPage change = login(browser, username, shown);
      assertThat(path(change)).isEqualTo(Intranet.CHANGE);
    }
    String actor = "supervisor:" + supervisor.username();
    assertThat(TestOperators.auditOutcomes(actor, "OPERATOR_ADMIN"))
        .containsExactly(
            "OPERATOR_INVALID", "COUNTER_OFFICE_REQUIRED", "OK", "OPERATOR_USERNAME_TAKEN");
    assertThat(TestOperators.auditDetails(actor, "OPERATOR_ADMIN"))
        .anySatisfy(
            d ->
                assertThat(d)
                    .startsWith("change=created; operator=" + username + "; role=OPERATOR"));
    assertThat(Intranet.serverLog()).doesNotContain(shown).doesNotContain(supervisor.password());
  }

  @Test
  void aSupervisorUnlocksDisablesEnablesAndIssuesANewPassword() throws Exception {
    TestOperators.Account supervisor = TestOperators.supervisor();
    TestOperators.Account operator =
        TestOperators.operator(TestOperators.counterOffice("Sportello sblocco", true));
    try (Browser browser = Browser.withoutCard()) {
      for (int i = 0; i < 5; i++) {
        login(browser, operator.username(), "Sbagliata.Password." + i);
      }
    }
    assertThat(TestOperators.state(operator.username()))
        .containsExactly("5,true,true,true,OPERATOR");
    try (Browser browser = supervisorBrowser(supervisor)) {
      HtmlPage page = browser.open(ItEnvironment.publicUrl(OPERATORS));
      String state =
          ((org.htmlunit.html.HtmlElement)
                  page.getFirstByXPath(
                      "//tr[@data-username='"
                          + operator.username()
                          + "']//span[@class='operator-state']"))
              .asNormalizedText();
      assertThat(state).startsWith("attivo, bloccato").doesNotContain(" ,");
      HtmlPage unlocked = rowAction(page, operator.username(), "op-unlock");
      assertThat(unlocked.getHtmlElementById("done").getAttribute("data-done"))
          .isEqualTo("unlocked");
      assertThat(TestOperators.state(operator.username()))
          .containsExactly("0,false,true,true,OPERATOR");

      HtmlPage disabled = rowAction(unlocked, operator.username(), "op-disable");
      assertThat(disabled.getHtmlElementById("done").getAttribute("data-done"))
          .isEqualTo("disabled");
      try (Browser op = Browser.withoutCard()) {
        // Disabled: told as a wrong password (the username's existence is not given away).
        assertThat(problem(login(op, operator.username(), operator.password())))
            .isEqualTo("OPERATOR_LOGIN_REFUSED");
      }
      HtmlPage enabled = rowAction(disabled, operator.username(), "op-enable");
      assertThat(enabled.getHtmlElementById("done").getAttribute("data-done")).isEqualTo("enabled");

      HtmlPage reset = rowAction(enabled, operator.username(), "op-reset");
      assertThat(text(reset, "issued-username")).isEqualTo(operator.username());
      String issued = text(reset, "issued-password");
      try (Browser op = Browser.withoutCard()) {
        assertThat(problem(login(op, operator.username(), operator.password())))
            .as("the old password no longer works")
            .isEqualTo("OPERATOR_LOGIN_REFUSED");
        assertThat(path(login(op, operator.username(), issued))).isEqualTo(Intranet.CHANGE);
      }
      // Not on one's own account: no buttons in the own row.
      assertThat(
              (Object)
                  reset.getFirstByXPath(
                      "//tr[@data-username='" + supervisor.username() + "']//input"))
          .isNull();
    }
    assertThat(TestOperators.auditDetails("supervisor:" + supervisor.username(), "OPERATOR_ADMIN"))
        .containsExactly(
            "change=unlocked; operator=" + operator.username(),
            "change=disabled; operator=" + operator.username(),
            "change=enabled; operator=" + operator.username(),
            "change=new initial password; operator=" + operator.username());
  }

  @Test
  void aDemotedSupervisorsOpenSessionCanNoLongerSupervise() throws Exception {
    TestOperators.Account boss = TestOperators.supervisor();
    TestOperators.Account other = TestOperators.supervisor();
    long counter = TestOperators.counterOffice("Sportello retrocessione", true);
    try (Browser otherBrowser = supervisorBrowser(other);
        Browser bossBrowser = supervisorBrowser(boss)) {
      HtmlPage page = bossBrowser.open(ItEnvironment.publicUrl(OPERATORS));
      HtmlForm form = page.getFormByName("assign-form");
      String otherId =
          ((org.htmlunit.html.HtmlElement)
                  page.getFirstByXPath(
                      "//select[@name='assign-form:target']/option[starts-with(text(),'"
                          + other.username()
                          + " ')]"))
              .getAttribute("value");
      form.getSelectByName("assign-form:target").setSelectedAttribute(otherId, true);
      form.getSelectByName("assign-form:new-role").setSelectedAttribute("OPERATOR", true);
      form.getSelectByName("assign-form:new-counter")
          .setSelectedAttribute(Long.toString(counter), true);
      HtmlPage assigned = click(page, "assign-form:assign");
      assertThat(assigned.getElementById("problem")).isNull();
      assertThat(TestOperators.state(other.username()))
          .containsExactly("0,false,true,false,OPERATOR");

      // The demoted one's session still carries the SUPERVISOR role for the URLs, but the
      // services read the role from the database.
      HtmlPage refused = otherBrowser.open(ItEnvironment.publicUrl(OPERATORS));
      assertThat(problem(refused)).isEqualTo("OPERATOR_NOT_PERMITTED");
      assertThat((Object) refused.getFirstByXPath("//tr[@data-username]")).isNull();
    }
    assertThat(TestOperators.auditOutcomes("operator:" + other.username(), "OPERATOR_ADMIN"))
        .contains("OPERATOR_NOT_PERMITTED");
  }

  @Test
  void countersCreatedEditedAndDisabledShowInThePublicDirectoryOnlyWhileEnabled() throws Exception {
    TestOperators.Account supervisor = TestOperators.supervisor();
    String name = "Rovigo - Sportello " + TestOperators.uniqueSuffix();
    String renamed = name + " (sede nuova)";
    try (Browser browser = supervisorBrowser(supervisor)) {
      HtmlPage page = browser.open(ItEnvironment.publicUrl(COUNTERS));
      HtmlPage incomplete = fillCounter(page, name, "Azienda ULSS 5 Polesana", "", "8-12");
      assertThat(problem(incomplete)).isEqualTo("COUNTER_OFFICE_INVALID");

      HtmlPage created =
          fillCounter(
              incomplete,
              name,
              "Azienda ULSS 5 Polesana",
              "Viale Tre Martiri 89, 45100 Rovigo",
              "Lun-ven 8:30-12:30");
      assertThat(created.getHtmlElementById("done").getAttribute("data-done")).isEqualTo("created");
      assertThat(publicDirectory()).contains(name).contains("Viale Tre Martiri 89");

      HtmlPage duplicate =
          fillCounter(created, name, "Azienda ULSS 5 Polesana", "Altro indirizzo", "9-10");
      assertThat(problem(duplicate)).isEqualTo("COUNTER_OFFICE_NAME_TAKEN");

      String id =
          ((org.htmlunit.html.HtmlElement)
                  duplicate.getFirstByXPath("//tr[@data-name='" + name + "']"))
              .getAttribute("data-counter-id");
      HtmlPage edit = browser.open(ItEnvironment.publicUrl(COUNTERS + "?modifica=" + id));
      assertThat(
              edit.getFormByName("counter-form")
                  .<HtmlInput>getInputByName("counter-form:name")
                  .getValue())
          .isEqualTo(name);
      HtmlForm form = edit.getFormByName("counter-form");
      form.getInputByName("counter-form:name").setValue(renamed);
      HtmlPage edited = click(edit, "counter-form:save");
      assertThat(edited.getHtmlElementById("done").getAttribute("data-done")).isEqualTo("edited");
      assertThat(publicDirectory()).contains(renamed);

      HtmlSubmitInput disable =
          edited.getFirstByXPath(
              "//tr[@data-counter-id='" + id + "']//input[contains(@class,'counter-disable')]");
      HtmlPage disabled = disable.click();
      assertThat(disabled.getHtmlElementById("done").getAttribute("data-done"))
          .isEqualTo("disabled");
      assertThat(publicDirectory()).doesNotContain(renamed);

      // The operators page offers only enabled offices: the disabled one is not in its selects.
      HtmlPage operators = browser.open(ItEnvironment.publicUrl(OPERATORS));
      for (String select : new String[] {"create-form:counter", "assign-form:new-counter"}) {
        assertThat(
                ((org.htmlunit.html.HtmlSelect) operators.getElementById(select))
                    .getOptions().stream().map(o -> o.getValueAttribute()).toList())
            .as(select)
            .doesNotContain(id)
            .isNotEmpty();
      }
    }
    assertThat(TestOperators.auditOutcomes("supervisor:" + supervisor.username(), "COUNTER_ADMIN"))
        .containsExactly("COUNTER_OFFICE_INVALID", "OK", "COUNTER_OFFICE_NAME_TAKEN", "OK", "OK");
  }

  @Test
  void anEditLinkWhoseIdIsNoOfficesIsRefusedOnThePageAndTheFormStillCreates() throws Exception {
    TestOperators.Account supervisor = TestOperators.supervisor();
    String name = "Adria - Sportello " + TestOperators.uniqueSuffix();
    try (Browser browser = supervisorBrowser(supervisor)) {
      // Not a number, then a number no office has: the same refusal on the page, no 500.
      for (String id : new String[] {"abc", "9" + "0".repeat(17)}) {
        HtmlPage refused = browser.open(ItEnvironment.publicUrl(COUNTERS + "?modifica=" + id));
        assertThat(refused.getWebResponse().getStatusCode()).as(id).isEqualTo(200);
        assertThat(problem(refused)).as(id).isEqualTo("INVALID_REQUEST");
        assertThat(text(refused, "problem")).as(id).contains("non indica uno sportello esistente");
        assertThat(refused.getElementById("cancel")).as("not editing: " + id).isNull();
        assertThat(
                refused
                    .getFormByName("counter-form")
                    .<HtmlInput>getInputByName("counter-form:edit-id")
                    .getValue())
            .as(id)
            .isEmpty();
        assertThat((Object) refused.getFirstByXPath("//tr[@data-counter-id]"))
            .as("the list is still shown")
            .isNotNull();
      }

      // The refused link does not stick to the view: its form creates an office.
      HtmlPage refused = browser.open(ItEnvironment.publicUrl(COUNTERS + "?modifica=abc"));
      HtmlPage created =
          fillCounter(refused, name, "Azienda ULSS 5 Polesana", "Piazza Garibaldi 1", "9-12");
      assertThat(created.getHtmlElementById("done").getAttribute("data-done")).isEqualTo("created");
      assertThat(created.getElementById("problem")).isNull();

      // A valid id fills the form with that office.
      String id =
          ((org.htmlunit.html.HtmlElement)
                  created.getFirstByXPath("//tr[@data-name='" + name + "']"))
              .getAttribute("data-counter-id");
      HtmlPage edit = browser.open(ItEnvironment.publicUrl(COUNTERS + "?modifica=" + id));
      assertThat(edit.getElementById("problem")).isNull();
      HtmlForm form = edit.getFormByName("counter-form");
      assertThat(form.<HtmlInput>getInputByName("counter-form:edit-id").getValue()).isEqualTo(id);
      assertThat(form.<HtmlInput>getInputByName("counter-form:address").getValue())
          .isEqualTo("Piazza Garibaldi 1");
      assertThat(edit.getElementById("cancel")).isNotNull();
    }
    // The refused links changed nothing: only the creation is in the trail.
    assertThat(TestOperators.auditOutcomes("supervisor:" + supervisor.username(), "COUNTER_ADMIN"))
        .containsExactly("OK");
  }

  private static HtmlPage fillCounter(
      HtmlPage page, String name, String agency, String address, String hours) throws Exception {
    HtmlForm form = page.getFormByName("counter-form");
    form.getInputByName("counter-form:name").setValue(name);
    form.getInputByName("counter-form:agency").setValue(agency);
    form.getInputByName("counter-form:address").setValue(address);
    form.getInputByName("counter-form:hours").setValue(hours);
    return click(page, "counter-form:save");
  }

  private static String publicDirectory() throws Exception {
    try (Browser citizen = Browser.withoutCard()) {
      HtmlPage page = citizen.open(ItEnvironment.publicUrl(DIRECTORY));
      assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
      return page.getHtmlElementById("content").asNormalizedText();
    }
  }

  /** The labels of the main navigation's links that say they are the current page. */
  private static List<String> currentNavigation(HtmlPage page) {
    List<org.htmlunit.html.HtmlAnchor> links =
        page.getByXPath("//ul[contains(@class,'navbar-nav')]//a");
    assertThat(links).hasSize(3);
    return links.stream()
        .filter(a -> a.hasAttribute("aria-current"))
        .peek(a -> assertThat(a.getAttribute("aria-current")).isEqualTo("page"))
        .peek(a -> assertThat(a.getAttribute("class")).contains("active"))
        .map(a -> a.asNormalizedText())
        .toList();
  }

  @Test
  void thePublicDirectoryListsEnabledCountersOnlyAndIsLinkedFromTheLandingPageAndFaq()
      throws Exception {
    String enabled = "Schio - Sportello " + TestOperators.uniqueSuffix();
    String disabled = "Thiene - Sportello " + TestOperators.uniqueSuffix();
    long enabledId = TestOperators.counterOffice("x", true);
    long disabledId = TestOperators.counterOffice("y", false);
    TestOperators.rename(enabledId, enabled);
    TestOperators.rename(disabledId, disabled);
    try (Browser citizen = Browser.withoutCard()) {
      HtmlPage landing = citizen.open(ItEnvironment.publicUrl("/index.xhtml"));
      HtmlPage directory =
          landing.<org.htmlunit.html.HtmlAnchor>getHtmlElementById("link-counters").click();
      assertThat(path(directory)).isEqualTo(DIRECTORY);
      String text = directory.getHtmlElementById("counters").asNormalizedText();
      assertThat(text).contains(enabled).contains("Azienda ULSS di prova").contains("Lun-ven 9-12");
      assertThat(text).doesNotContain(disabled);
      HtmlPage faq = citizen.open(ItEnvironment.publicUrl("/faq.xhtml"));
      assertThat(faq.getElementById("faq-link-counters")).isNotNull();
      // The navigation marks the current page, and only it.
      assertThat(currentNavigation(landing)).containsExactly("Accesso con smartcard");
      assertThat(currentNavigation(faq)).containsExactly("Domande frequenti");
      // So does the language switch: Italian current, English without aria-current at all.
      assertThat(landing.getHtmlElementById("lang-it").getAttribute("aria-current"))
          .isEqualTo("true");
      assertThat(landing.getHtmlElementById("lang-en").hasAttribute("aria-current")).isFalse();
    }
    // Only on the public listener.
    assertThat(
            Intranet.get(
                    ItEnvironment.smartcardUrl(DIRECTORY),
                    TestPki.keyStore(TestPki.card(TestPeople.newCodiceFiscale())),
                    null)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aCitizensSessionReachesNoIntranetPage() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    String pin;
    String password;
    try (Browser card = Browser.withCard(TestPki.keyStore(TestPki.card(cf)))) {
      HtmlPage done =
          click(
              card.open(ItEnvironment.smartcardUrl("/smartcard/abilitazione.xhtml")),
              "abil-form:enroll");
      pin = text(done, "issued-pin");
      password = text(done, "issued-password");
    }
    try (Browser citizen = Browser.withoutCard()) {
      HtmlPage page = citizen.open(ItEnvironment.publicUrl("/login/login.xhtml"));
      HtmlForm form = page.getFormByName("login-form");
      form.getInputByName("login-form:cf").setValue(cf);
      form.getInputByName("login-form:password").setValue(password);
      form.getInputByName("login-form:pin").setValue(pin);
      HtmlPage change = click(page, "login-form:login");
      HtmlForm changeForm = change.getFormByName("change-form");
      changeForm.getInputByName("change-form:current").setValue(password);
      changeForm.getInputByName("change-form:next").setValue("Cittadino.42");
      changeForm.getInputByName("change-form:repeat").setValue("Cittadino.42");
      click(change, "change-form:change");
      page = citizen.open(ItEnvironment.publicUrl("/login/login.xhtml"));
      form = page.getFormByName("login-form");
      form.getInputByName("login-form:cf").setValue(cf);
      form.getInputByName("login-form:password").setValue("Cittadino.42");
      form.getInputByName("login-form:pin").setValue(pin);
      HtmlPage area = click(page, "login-form:login");
      assertThat(path(area)).isEqualTo("/area/index.xhtml");

      for (String intranet :
          new String[] {
            Intranet.HOME, OPERATORS, COUNTERS, "/intranet/sportello/attivazione.xhtml"
          }) {
        HtmlPage answer = citizen.open(ItEnvironment.publicUrl(intranet));
        assertThat(path(answer)).as(intranet).isEqualTo(Intranet.LOGIN);
        assertThat(answer.getElementById("login-form")).isNotNull();
      }
      String session = citizen.cookie("JSESSIONID");
      assertThat(Intranet.get(ItEnvironment.publicUrl(OPERATORS), null, session).statusCode())
          .isEqualTo(302);
    }
  }
}
