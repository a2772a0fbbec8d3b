package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.contract.partner.v1.PartnerEnrollment;
import it.cns.enrollment.devpki.IssuedCredential;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSubmitInput;
import org.junit.jupiter.api.Test;

/**
 * What a Prometheus server scrapes from the management interface after a short journey: the
 * application's meters moved (a card bound, a smartcard login and a refused one, a partner call),
 * its gauges are there, and so are the server's request and datasource statistics.
 */
class MetricsIT extends DeployedApplication {

  private static final String AUDIT = "cns_audit_events_total";
  private static final String PARTNER_CALLS = "cns_partner_calls_seconds_count";

  private static HtmlPage click(HtmlPage page, String id) throws Exception {
    return page.<HtmlSubmitInput>getHtmlElementById(id).click();
  }

  @Test
  void aJourneyMovesTheApplicationMetersAndTheServerStatisticsAreExported() throws Exception {
    String before = Management.metrics();

    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    IssuedCredential card = TestPki.card(cf);
    try (Browser browser = Browser.withCard(TestPki.keyStore(card))) {
      click(
          browser.open(ItEnvironment.smartcardUrl("/smartcard/primo-accesso.xhtml")),
          "bind-form:bind");
    }
    try (Browser browser = Browser.withCard(TestPki.keyStore(card))) {
      click(
          browser.open(ItEnvironment.smartcardUrl("/smartcard/accedi.xhtml")),
          "accedi-form:accedi");
    }
    String stranger = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(stranger);
    try (Browser browser = Browser.withCard(TestPki.keyStore(TestPki.card(stranger)))) {
      click(
          browser.open(ItEnvironment.smartcardUrl("/smartcard/accedi.xhtml")),
          "accedi-form:accedi");
    }
    PartnerEnrollment partner = PartnerClient.demoPartner();
    partner.requestChallenge();

    String after = Management.metrics();
    assertThat(moved(before, after, AUDIT, "action=\"CARD_BIND\"", "outcome=\"OK\""))
        .as("card bound")
        .isEqualTo(1);
    assertThat(moved(before, after, AUDIT, "action=\"SMARTCARD_LOGIN\"", "outcome=\"OK\""))
        .as("smartcard login")
        .isEqualTo(1);
    assertThat(
            moved(
                before,
                after,
                AUDIT,
                "action=\"SMARTCARD_LOGIN\"",
                "outcome=\"CARD_NOT_REGISTERED\""))
        .as("smartcard login refused")
        .isEqualTo(1);
    assertThat(
            moved(before, after, PARTNER_CALLS, "operation=\"requestChallenge\"", "outcome=\"OK\""))
        .as("partner call timed")
        .isEqualTo(1);
    assertThat(Management.sample(after, "cns_trusted_issuers")).isPositive();
    assertThat(after).contains("\ncns_outbox_pending").contains("\ncns_outbox_failed");
    assertThat(after).contains("\ncns_argon2_queue_wait_seconds_count");
    // WildFly's own statistics, switched on by the provisioning scripts.
    assertThat(after).containsPattern("\nundertow_request_count_total\\{[^}]*\\} [0-9]");
    assertThat(after).containsPattern("\ndatasources_pool_active_count\\{[^}]*name=\"CnsDS\"");
  }

  private static double moved(String before, String after, String name, String... labels) {
    return Management.sample(after, name, labels) - Management.sample(before, name, labels);
  }
}
