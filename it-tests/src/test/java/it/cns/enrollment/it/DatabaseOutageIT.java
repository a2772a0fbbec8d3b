package it.cns.enrollment.it;

import static it.cns.enrollment.it.Browser.text;
import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.devpki.IssuedCredential;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSubmitInput;
import org.junit.jupiter.api.Test;

/**
 * The database goes away while a citizen is on a page: the answer says the service is unavailable
 * and nothing changed, and readiness says DOWN so a balancer takes the node out; once the database
 * is back, readiness is UP again without a redeploy and the same card binds - once.
 */
class DatabaseOutageIT extends DeployedApplication {

  private static void stopDatabase() throws Exception {
    TestDatabase.stopServer();
  }

  private static void startDatabase() throws Exception {
    TestDatabase.startServer();
  }

  @Test
  void aBindingDuringAnOutageIsRefusedCleanlyAndSucceedsOnceTheDatabaseIsBack() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    IssuedCredential card = TestPki.card(cf);

    Management.Readiness before = Management.readiness();
    assertThat(before.ready()).as(before.toString()).isTrue();
    assertThat(before.check("database")).as(before.toString()).contains("UP");
    assertThat(before.check("trusted-cns-issuers")).as(before.toString()).contains("UP");
    assertThat(before.check("outbox-key")).as(before.toString()).contains("UP");
    assertThat(before.check("mail-relay")).as(before.toString()).contains("UP");

    try (Browser browser = Browser.withCard(TestPki.keyStore(card))) {
      HtmlPage page = browser.open(ItEnvironment.smartcardUrl("/smartcard/primo-accesso.xhtml"));
      stopDatabase();
      HtmlPage refused;
      Management.Readiness during;
      try {
        during =
            Management.readinessOnceItSettles(
                r -> r.check("database").equals(Optional.of("DOWN")), Duration.ofSeconds(30));
        refused = page.<HtmlSubmitInput>getHtmlElementById("bind-form:bind").click();
      } finally {
        startDatabase();
      }
      assertThat(during.httpStatus()).as(during.toString()).isEqualTo(503);
      assertThat(during.check("database")).as(during.toString()).contains("DOWN");
      assertThat(during.check("trusted-cns-issuers")).as(during.toString()).contains("UP");
      assertThat(refused.getHtmlElementById("problem").getAttribute("data-code"))
          .isEqualTo("SERVICE_UNAVAILABLE");
      assertThat(text(refused, "problem")).contains("nessun dato è stato modificato");

      Management.Readiness after =
          Management.readinessOnceItSettles(Management.Readiness::ready, Duration.ofSeconds(60));
      assertThat(after.ready()).as(after.toString()).isTrue();
      assertThat(after.check("database")).as(after.toString()).contains("UP");

      HtmlPage again = browser.open(ItEnvironment.smartcardUrl("/smartcard/primo-accesso.xhtml"));
      HtmlPage bound = again.<HtmlSubmitInput>getHtmlElementById("bind-form:bind").click();
      assertThat(text(bound, "bound-cf")).isEqualTo(cf);
    }
    assertThat(TestDatabase.bindingCount(cf)).isEqualTo(1);
  }

  /**
   * A restart with no request during it leaves the pool holding broken connections: at most the
   * first request after it may be refused (cleanly), never one per pooled connection. (Background
   * validation instead of validation on check-out was tried for issue #19 and lost a request after
   * the outage above, so check-out validation stays; this guards whichever is chosen.)
   */
  @Test
  void afterARestartAtMostOneRequestMeetsABrokenConnection() throws Exception {
    stopDatabase();
    startDatabase();
    List<String> outcomes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String cf = TestPeople.newCodiceFiscale();
      TestDatabase.enableFisconline(cf);
      try (Browser browser = Browser.withCard(TestPki.keyStore(TestPki.card(cf)))) {
        HtmlPage page = browser.open(ItEnvironment.smartcardUrl("/smartcard/primo-accesso.xhtml"));
        HtmlPage answer = page.<HtmlSubmitInput>getHtmlElementById("bind-form:bind").click();
        outcomes.add(
            answer.getElementById("bound-cf") != null ? "BOUND" : answer.asNormalizedText());
      } catch (RuntimeException refused) { // the first page itself may be the one refused
        outcomes.add(refused.toString());
      }
    }
    assertThat(outcomes.subList(1, 4)).as(outcomes.toString()).containsOnly("BOUND");
  }
}
