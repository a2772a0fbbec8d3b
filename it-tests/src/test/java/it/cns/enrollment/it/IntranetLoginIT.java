package it.cns.enrollment.it;

import static it.cns.enrollment.it.Browser.text;
import static it.cns.enrollment.it.Intranet.login;
import static it.cns.enrollment.it.Intranet.path;
import static it.cns.enrollment.it.Intranet.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The intranet login on the real server: forced password change, the same answer for a wrong
 * password and an unknown user, lockout after 5 wrong passwords (the default), disabled accounts, a
 * new session id at login, logout that ends the session, the role boundary of the supervision
 * pages, and audit rows for all of it.
 */
class IntranetLoginIT extends DeployedApplication {

  static final String NEW_PASSWORD = "Sportello.Nuovo.2026";

  private static final String[] SUPERVISION_PAGES = {
    "/intranet/supervisione/operatori.xhtml",
    "/intranet/supervisione/sportelli.xhtml",
    "/intranet/supervisione/partner.xhtml",
    "/intranet/supervisione/audit.xhtml",
    "/intranet/supervisione/importa-utenti.xhtml",
    "/intranet/supervisione/stato.xhtml",
    "/intranet/supervisione/"
  };

  private static TestOperators.Account newOperator() {
    return TestOperators.operator(TestOperators.counterOffice("Sportello IT", true));
  }

  @Test
  void theFirstLoginForcesAPasswordChangeBeforeAnyOtherPage() throws Exception {
    TestOperators.Account a = newOperator();
    try (Browser browser = Browser.withoutCard()) {
      HtmlPage change = login(browser, a.username(), a.password());
      assertThat(path(change)).isEqualTo(Intranet.CHANGE);
      assertThat(change.getElementById("change-required")).isNotNull();

      HtmlPage elsewhere = browser.open(ItEnvironment.publicUrl(Intranet.HOME));
      assertThat(path(elsewhere)).as("home before the change").isEqualTo(Intranet.CHANGE);

      HtmlPage tooShort = Intranet.changePassword(elsewhere, a.password(), "Breve.1");
      assertThat(problem(tooShort)).isEqualTo("PASSWORD_POLICY");

      HtmlPage done = Intranet.changePassword(tooShort, a.password(), NEW_PASSWORD);
      assertThat(done.getElementById("changed")).isNotNull();

      HtmlPage home = browser.open(ItEnvironment.publicUrl(Intranet.HOME));
      assertThat(path(home)).isEqualTo(Intranet.HOME);
      assertThat(home.getHtmlElementById("home-role").getAttribute("data-role"))
          .isEqualTo("OPERATOR");
      assertThat(text(home, "home-counter")).startsWith("Sportello IT");
      assertThat(text(home, "intranet-user-name")).isEqualTo("Prova OPERATOR");
      assertThat(home.getElementById("nav-operators")).as("no supervision menu").isNull();
      assertThat(home.getElementById("nav-activation")).isNotNull();
    }
    try (Browser again = Browser.withoutCard()) {
      assertThat(problem(login(again, a.username(), a.password())))
          .as("the initial password is gone")
          .isEqualTo("OPERATOR_LOGIN_REFUSED");
      assertThat(path(login(again, a.username(), NEW_PASSWORD))).isEqualTo(Intranet.HOME);
    }
    String actor = "operator:" + a.username();
    assertThat(TestOperators.auditOutcomes(actor, "OPERATOR_PASSWORD_CHANGE"))
        .containsExactly("PASSWORD_POLICY", "OK");
    assertThat(TestOperators.auditOutcomes(actor, "OPERATOR_LOGIN"))
        .containsExactly("OK", "OPERATOR_LOGIN_REFUSED", "OK");
    assertThat(TestOperators.passwordHash(a.username())).startsWith("$argon2id$");
    assertThat(Intranet.serverLog()).doesNotContain(a.password()).doesNotContain(NEW_PASSWORD);
  }

  @Test
  void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
    TestOperators.Account a = newOperator();
    try (Browser browser = Browser.withoutCard()) {
      HtmlPage wrong = login(browser, a.username(), "Sbagliata.Password.1");
      HtmlPage unknown = login(browser, "nessuno." + TestOperators.uniqueSuffix(), a.password());
      HtmlPage malformed = login(browser, "' or 1=1 --", a.password());

      assertThat(problem(wrong)).isEqualTo("OPERATOR_LOGIN_REFUSED");
      assertThat(text(unknown, "problem")).isEqualTo(text(wrong, "problem"));
      assertThat(text(malformed, "problem")).isEqualTo(text(wrong, "problem"));
      assertThat(path(wrong)).isEqualTo(Intranet.LOGIN);
    }
    assertThat(TestOperators.auditOutcomes("operator:" + a.username(), "OPERATOR_LOGIN"))
        .containsExactly("OPERATOR_LOGIN_REFUSED");
    assertThat(TestOperators.auditOutcomes("operator:?", "OPERATOR_LOGIN"))
        .contains("OPERATOR_LOGIN_REFUSED");
  }

  @Test
  void fiveWrongPasswordsLockTheAccountEvenForTheRightOneAfterwards() throws Exception {
    TestOperators.Account a = newOperator();
    try (Browser browser = Browser.withoutCard()) {
      for (int i = 1; i <= 4; i++) {
        assertThat(problem(login(browser, a.username(), "Sbagliata.Password." + i)))
            .isEqualTo("OPERATOR_LOGIN_REFUSED");
      }
      // Locked, by the 5th and with the right password after it: the answer a username that
      // does not exist gets; the audit trail says it locked.
      assertThat(problem(login(browser, a.username(), "Sbagliata.Password.5")))
          .isEqualTo("OPERATOR_LOGIN_REFUSED");
      assertThat(problem(login(browser, a.username(), a.password())))
          .isEqualTo("OPERATOR_LOGIN_REFUSED");
    }
    assertThat(TestOperators.state(a.username())).containsExactly("5,true,true,true,OPERATOR");
    assertThat(TestOperators.auditOutcomes("operator:" + a.username(), "OPERATOR_LOGIN"))
        .containsExactly(
            "OPERATOR_LOGIN_REFUSED",
            "OPERATOR_LOGIN_REFUSED",
            "OPERATOR_LOGIN_REFUSED",
            "OPERATOR_LOGIN_REFUSED",
            "OPERATOR_LOCKED",
            "OPERATOR_LOCKED");
  }

  @Test
  void aDisabledAccountCannotLogIn() throws Exception {
    TestOperators.Account a = newOperator();
    TestOperators.disable(a.username());
    try (Browser browser = Browser.withoutCard()) {
      assertThat(problem(login(browser, a.username(), a.password())))
          .isEqualTo("OPERATOR_LOGIN_REFUSED");
    }
    assertThat(TestOperators.auditOutcomes("operator:" + a.username(), "OPERATOR_LOGIN"))
        .containsExactly("OPERATOR_LOCKED");
    assertThat(TestOperators.auditDetails("operator:" + a.username(), "OPERATOR_LOGIN"))
        .containsExactly("reason=account disabled");
  }

  /** Locking or disabling an account ends its open session at the next page, not later. */
  @Test
  void aLockedOrDisabledAccountsOpenSessionEndsAtTheNextPage() throws Exception {
    for (boolean lock : new boolean[] {true, false}) {
      TestOperators.Account a = newOperator();
      try (Browser browser = Browser.withoutCard()) {
        HtmlPage home = Intranet.loginAndChangePassword(browser, a, NEW_PASSWORD);
        assertThat(path(home)).isEqualTo(Intranet.HOME);
        String session = browser.cookie("JSESSIONID");

        if (lock) {
          TestOperators.lock(a.username());
        } else {
          TestOperators.disable(a.username());
        }
        HtmlPage next = browser.open(ItEnvironment.publicUrl(Intranet.HOME));

        assertThat(path(next)).as(lock ? "locked" : "disabled").isEqualTo(Intranet.LOGIN);
        assertThat(next.getElementById("already")).as("no longer logged in").isNull();
        HttpResponse<String> replay =
            Intranet.get(ItEnvironment.publicUrl(Intranet.HOME), null, session);
        assertThat(replay.statusCode()).isEqualTo(302);
        assertThat(replay.headers().firstValue("Location"))
            .hasValueSatisfying(l -> assertThat(l).endsWith(Intranet.LOGIN));
      }
    }
  }

  @Test
  void loggingInChangesTheSessionIdAndLoggingOutEndsTheSession() throws Exception {
    TestOperators.Account a = newOperator();
    try (Browser browser = Browser.withoutCard()) {
      Intranet.loginAndChangePassword(browser, a, NEW_PASSWORD);
      HtmlPage form = browser.open(ItEnvironment.publicUrl(Intranet.LOGIN));
      assertThat(form.getElementById("already")).as("still logged in").isNotNull();
    }
    try (Browser browser = Browser.withoutCard()) {
      HtmlPage form = browser.open(ItEnvironment.publicUrl(Intranet.LOGIN));
      String before = browser.cookie("JSESSIONID");
      HtmlPage home = login(browser, a.username(), NEW_PASSWORD);
      String during = browser.cookie("JSESSIONID");
      assertThat(path(home)).isEqualTo(Intranet.HOME);
      assertThat(before).isNotNull();
      assertThat(during).isNotNull().isNotEqualTo(before);
      assertThat(form).isNotNull();

      HtmlPage out = Intranet.click(home, "logout-form:logout");
      assertThat(path(out)).isEqualTo(Intranet.LOGIN);
      assertThat(out.getElementById("logged-out")).isNotNull();

      HtmlPage after = browser.open(ItEnvironment.publicUrl(Intranet.HOME));
      assertThat(path(after)).as("home after logout").isEqualTo(Intranet.LOGIN);
      // The old session id is worth nothing, even replayed by hand.
      HttpResponse<String> replay =
          Intranet.get(ItEnvironment.publicUrl(Intranet.HOME), null, during);
      assertThat(replay.statusCode()).isEqualTo(302);
      assertThat(replay.headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith(Intranet.LOGIN));
    }
    assertThat(TestOperators.auditOutcomes("operator:" + a.username(), "OPERATOR_LOGOUT"))
        .containsExactly("OK");
  }

  @Test
  void anOperatorGets403OnEverySupervisionPageAndASupervisorGetsThrough() throws Exception {
    TestOperators.Account operator = newOperator();
    try (Browser browser = Browser.withoutCard()) {
      Intranet.loginAndChangePassword(browser, operator, NEW_PASSWORD);
      String session = browser.cookie("JSESSIONID");
      for (String page : SUPERVISION_PAGES) {
        assertThat(Intranet.get(ItEnvironment.publicUrl(page), null, session).statusCode())
            .as(page)
            .isEqualTo(403);
      }
      assertThat(Intranet.get(ItEnvironment.publicUrl(Intranet.HOME), null, session).statusCode())
          .isEqualTo(200);
    }
    TestOperators.Account supervisor = TestOperators.supervisor();
    try (Browser browser = Browser.withoutCard()) {
      HtmlPage home = Intranet.loginAndChangePassword(browser, supervisor, NEW_PASSWORD);
      assertThat(home.getHtmlElementById("home-role").getAttribute("data-role"))
          .isEqualTo("SUPERVISOR");
      assertThat(home.getElementById("nav-operators")).isNotNull();
      assertThat(text(home, "home-counter")).isEqualTo("nessuno sportello assegnato");
      // Without a counter office the activation page says so at once: no wizard to fill in.
      HtmlPage wizard =
          browser.open(ItEnvironment.publicUrl("/intranet/sportello/attivazione.xhtml"));
      assertThat(wizard.getHtmlElementById("desk-problem").getAttribute("data-code"))
          .isEqualTo("COUNTER_OFFICE_REQUIRED");
      assertThat(text(wizard, "desk-problem")).contains("supervisore").doesNotContain("elenco");
      assertThat(wizard.getElementById("act-form")).isNull();
      String session = browser.cookie("JSESSIONID");
      assertThat(
              Intranet.get(
                      ItEnvironment.publicUrl("/intranet/supervisione/operatori.xhtml"),
                      null,
                      session)
                  .statusCode())
          .isEqualTo(200);
    }
    assertThat(TestOperators.auditOutcomes("supervisor:" + supervisor.username(), "OPERATOR_LOGIN"))
        .containsExactly("OK");
  }

  @Test
  void withoutLoginEveryIntranetPageLeadsToTheLoginPage() throws Exception {
    for (String page :
        new String[] {Intranet.HOME, Intranet.CHANGE, "/intranet/", SUPERVISION_PAGES[0]}) {
      HttpResponse<String> response = Intranet.get(ItEnvironment.publicUrl(page), null, null);
      assertThat(response.statusCode()).as(page).isEqualTo(302);
      assertThat(response.headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith(Intranet.LOGIN));
    }
    HttpResponse<String> login = Intranet.get(ItEnvironment.publicUrl(Intranet.LOGIN), null, null);
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("login-form");
    // The apostrophe of a formatted text survives (it read "lutenza").
    assertThat(login.body()).contains("utenza viene bloccata").doesNotContain(" lutenza ");
  }
}
