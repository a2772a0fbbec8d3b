package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.devpki.CardProfile;
import it.cns.enrollment.devpki.IssuedCredential;
import java.util.stream.Collectors;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSubmitInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a Prometheus server scrapes from the management interface after short journeys: the server's
 * request statistics moved, the datasource pool is exported, and the application's own meters
 * ({@code cns_*}) count what happened: a refused smartcard login by its code, a partner call by
 * partner, operation and outcome, OCSP requests and the CRL's age, the trusted issuers loaded.
 */
class MetricsIT extends DeployedApplication {

  /** The application's samples of a scrape, for a failure message. */
  private static String applicationLines(String scrape) {
    return scrape.lines().filter(l -> l.startsWith("cns_")).collect(Collectors.joining("\n"));
  }

  @BeforeAll
  static void registerTheDemoPartner() throws Exception {
    TestDatabase.registerPartner("Demo ASL Partner", TestPki.demoPartnerCertificate());
  }

  private static HtmlPage click(HtmlPage page, String id) throws Exception {
    return page.<HtmlSubmitInput>getHtmlElementById(id).click();
  }

  @Test
  void aJourneyMovesTheServerStatisticsPrometheusScrapes() throws Exception {
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

    String after = Management.metrics();
    String smartcardListener = "name=\"https-smartcard\"";
    assertThat(
            Management.sample(after, "undertow_request_count_total", smartcardListener)
                - Management.sample(before, "undertow_request_count_total", smartcardListener))
        .as("requests on the smartcard listener")
        .isGreaterThanOrEqualTo(4);
    assertThat(after).containsPattern("\ndatasources_pool_active_count\\{[^}]*name=\"CnsDS\"");
    assertThat(after).containsPattern("\ntransactions_number_of_committed_transactions");
  }

  @Test
  void aRefusedLoginAPartnerCallAndAnOcspAnswerMoveTheApplicationsMeters() throws Exception {
    String before = Management.metrics();

    String unbound = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(unbound);
    try (Browser browser = Browser.withCard(TestPki.keyStore(TestPki.card(unbound)))) {
      click(
          browser.open(ItEnvironment.smartcardUrl("/smartcard/accedi.xhtml")),
          "accedi-form:accedi");
    }
    PartnerClient.demoPartner().registrationStatus(TestPeople.newCodiceFiscale());
    String withOcsp = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(withOcsp);
    // OCSP only: with the test CRL warm, a card naming it too is answered from that CRL without
    // asking the responder (RevocationChecker), and no OCSP request would be counted.
    IssuedCredential ocspCard =
        TestPki.card(
            CardProfile.forCodiceFiscale(withOcsp)
                .withName("PROVA", "TEST")
                .withOcspResponder(TestRevocation.ocsp().url()));
    try (Browser browser = Browser.withCard(TestPki.keyStore(ocspCard))) {
      click(
          browser.open(ItEnvironment.smartcardUrl("/smartcard/primo-accesso.xhtml")),
          "bind-form:bind");
    }

    String after = Management.metrics();
    String[] refusal = {"action=\"SMARTCARD_LOGIN\"", "outcome=\"CARD_NOT_REGISTERED\""};
    assertThat(
            Management.sample(after, "cns_audit_events_total", refusal)
                - Management.sample(before, "cns_audit_events_total", refusal))
        .as("smartcard logins refused as CARD_NOT_REGISTERED in\n%s", applicationLines(after))
        .isEqualTo(1);
    String[] call = {
      "partner=\"Demo ASL Partner\"", "operation=\"registrationStatus\"", "outcome=\"OK\""
    };
    assertThat(
            Management.sample(after, "cns_partner_calls_seconds_count", call)
                - Management.sample(before, "cns_partner_calls_seconds_count", call))
        .as("registrationStatus calls of the demo partner in\n%s", applicationLines(after))
        .isEqualTo(1);
    assertThat(Management.sample(after, "cns_partner_calls_seconds_sum", call))
        .as("their time")
        .isPositive();
    String[] ocsp = {"source=\"OCSP\"", "outcome=\"OK\""};
    assertThat(
            Management.sample(after, "cns_revocation_fetch_seconds_count", ocsp)
                - Management.sample(before, "cns_revocation_fetch_seconds_count", ocsp))
        .as("OCSP requests answered")
        .isGreaterThanOrEqualTo(1);
    String issuer =
        "issuer=\"" + TestPki.cnsCa().certificate().getSubjectX500Principal().getName() + "\"";
    assertThat(Management.sample(after, "cns_crl_age_seconds", issuer))
        .as("age of the test CNS issuer's CRL (published an hour before its thisUpdate)")
        .isGreaterThanOrEqualTo(3600);
    assertThat(Management.sample(after, "cns_trusted_issuers")).isGreaterThanOrEqualTo(1);
    assertThat(after).containsPattern("\ncns_trusted_issuers_reload_age_seconds[{ ]");
    assertThat(after).containsPattern("\ncns_outbox_pending[{ ]");
  }
}
