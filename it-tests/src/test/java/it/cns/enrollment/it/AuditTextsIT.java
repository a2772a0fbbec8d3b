package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #18: outcome codes and audit details in the page's language on the real server - the audit
 * trail shows each outcome in words with its code beside it (the filter still takes the code), and
 * a detail's named values one per line with their names in words and the recorded key kept; the
 * status page's login chart names its series in words, its table keeping the codes as data.
 */
class AuditTextsIT extends DeployedApplication {

  private static final String PASSWORD = "Registro.Parole.2026";
  private static TestOperators.Account supervisor;

  @BeforeAll
  static void accounts() {
    supervisor = TestOperators.supervisor();
  }

  private static Browser loggedIn() throws Exception {
    Browser browser = Browser.withoutCard();
    HtmlPage page = Intranet.login(browser, supervisor.username(), PASSWORD);
    if (!Intranet.path(page).equals(Intranet.HOME)) {
      Intranet.loginAndChangePassword(browser, supervisor, PASSWORD);
    }
    return browser;
  }

  private static void seed(String actor, String action, String outcome, String detail)
      throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into audit_event (occurred_at, actor, channel, action, outcome, detail)"
                    + " values (?, ?, 'SUPERVISION', ?, ?, ?)")) {
      ps.setTimestamp(1, Timestamp.from(Instant.now()));
      ps.setString(2, actor);
      ps.setString(3, action);
      ps.setString(4, outcome);
      ps.setString(5, detail);
      ps.executeUpdate();
    }
  }

  private static DomElement cell(HtmlPage page, String css) {
    return (DomElement) page.querySelector("#audit-events tr.audit-event " + css);
  }

  @Test
  void theTrailWordsOutcomesAndDetailsAndKeepsTheirCodes() throws Exception {
    String actor = "it-words:" + TestOperators.uniqueSuffix();
    seed(
        actor,
        "OPERATOR_ADMIN",
        "OPERATOR_LOGIN_REFUSED",
        "change=assigned; operator=anna; roleBefore=OPERATOR; role=SUPERVISOR");
    String url =
        ItEnvironment.publicUrl(SupervisionIT.AUDIT)
            + "?attore="
            + URLEncoder.encode(actor, StandardCharsets.UTF_8);

    try (Browser browser = loggedIn()) {
      HtmlPage italian = browser.open(url);
      assertThat(cell(italian, ".audit-outcome-text").getTextContent())
          .isEqualTo("Accesso all'intranet rifiutato");
      assertThat(cell(italian, ".audit-outcome-code").getTextContent())
          .isEqualTo("OPERATOR_LOGIN_REFUSED");
      DomElement roleBefore = cell(italian, ".audit-detail-item[data-key='roleBefore']");
      assertThat(roleBefore.getTextContent()).isEqualTo("Profilo precedente: Operatore (OPERATOR)");
      assertThat(
              cell(italian, ".audit-detail-item[data-key='role'] .audit-detail-value")
                  .getTextContent())
          .isEqualTo("Supervisore");
      assertThat(
              cell(italian, ".audit-detail-item[data-key='role'] .audit-detail-code")
                  .getTextContent())
          .isEqualTo("SUPERVISOR");
      // A value that is not a code stays as recorded, with no code beside it.
      DomElement operator = cell(italian, ".audit-detail-item[data-key='operator']");
      assertThat(operator.getTextContent()).isEqualTo("Operatore: anna");
      assertThat(
              cell(italian, ".audit-detail-item[data-key='roleBefore'] .audit-detail-label")
                  .getAttribute("title"))
          .isEqualTo("roleBefore");
      assertThat(cell(italian, "td.audit-detail").getAttribute("data-detail"))
          .isEqualTo("change=assigned; operator=anna; roleBefore=OPERATOR; role=SUPERVISOR");
      assertThat(italian.querySelectorAll("#audit-events .audit-detail-item")).hasSize(4);

      // Supervisors still search by the code they see beside the words.
      HtmlPage byCode = browser.open(url + "&esito=OPERATOR_LOGIN_REFUSED");
      assertThat(byCode.querySelectorAll("#audit-events tr.audit-event")).hasSize(1);

      HtmlPage english = browser.open(url + "&lang=en");
      assertThat(cell(english, ".audit-outcome-text").getTextContent())
          .isEqualTo("Intranet login refused");
      assertThat(cell(english, ".audit-detail-item[data-key='roleBefore']").getTextContent())
          .isEqualTo("Previous role: Operator (OPERATOR)");
    }
  }

  @Test
  void theTrailWordsARevocationReasonAndKeepsItsCode() throws Exception {
    String actor = "it-words:" + TestOperators.uniqueSuffix();
    seed(actor, "CARD_REVOCATION", "OK", "card=****9008; reason=STOLEN; bindingsRevoked=1");
    String url =
        ItEnvironment.publicUrl(SupervisionIT.AUDIT)
            + "?attore="
            + URLEncoder.encode(actor, StandardCharsets.UTF_8);

    try (Browser browser = loggedIn()) {
      HtmlPage italian = browser.open(url);
      assertThat(cell(italian, ".audit-detail-item[data-key='reason']").getTextContent())
          .isEqualTo("Motivo: Furto (STOLEN)");
      assertThat(cell(italian, ".audit-detail-item[data-key='bindingsRevoked']").getTextContent())
          .isEqualTo("Registrazioni revocate: 1");

      HtmlPage english = browser.open(url + "&lang=en");
      assertThat(
              cell(english, ".audit-detail-item[data-key='reason'] .audit-detail-value")
                  .getTextContent())
          .isEqualTo("Stolen");
    }
  }

  @Test
  void theStatusPageNamesLoginOutcomesInWords() throws Exception {
    seed(
        "it-words:" + TestOperators.uniqueSuffix(), "SMARTCARD_LOGIN", "CARD_NOT_REGISTERED", null);

    try (Browser browser = loggedIn()) {
      HtmlPage page =
          browser.open(ItEnvironment.publicUrl("/intranet/supervisione/stato.xhtml?lang=it"));
      DomElement column =
          (DomElement) page.querySelector("#logins-table th[data-series='CARD_NOT_REGISTERED']");
      assertThat(column.getTextContent()).isEqualTo("Smartcard non registrata");
      assertThat(page.getElementById("chart-logins").getTextContent())
          .contains("Smartcard non registrata")
          .doesNotContain("CARD_NOT_REGISTERED");
    }
  }
}
