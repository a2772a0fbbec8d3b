package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import it.cns.enrollment.devpki.CardProfile;
import it.cns.enrollment.devpki.CertificateAuthority;
import it.cns.enrollment.devpki.DevPki;
import it.cns.enrollment.devpki.IssuedCredential;
import it.cns.enrollment.devpki.TrustedListWriter;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #17: the server downloads its trusted list from the publisher (this test, serving it where
 * {@code CNS_TRUSTED_LIST_URL} points, the pom sets a 2 s period) and swaps in the CNS issuers of
 * each list whose signature verifies against {@code CNS_TRUSTED_LIST_SIGNER}: a card of a CA newly
 * listed is accepted, one of a CA taken off the list is refused again, and a list re-signed by a
 * stranger changes nothing and is counted as refused. Each list taken and each new refusal is one
 * audit row ({@code TRUSTED_LIST_DOWNLOAD}, as the system), however often the refusal is retried.
 */
class TrustedListDownloadIT extends DeployedApplication {

  private static final String PAGE = "/smartcard/primo-accesso.xhtml";

  /** How long a swap may take to show: many refresh periods on a busy machine; not asserted. */
  private static final Duration PATIENCE = Duration.ofSeconds(120);

  private static final AtomicReference<byte[]> SERVED = new AtomicReference<>();
  private static HttpServer publisher;

  @BeforeAll
  static void publish() throws Exception {
    SERVED.set(new byte[0]);
    publisher =
        HttpServer.create(
            new InetSocketAddress(
                InetAddress.getLoopbackAddress(), ItEnvironment.trustedListPort()),
            0);
    publisher.createContext(
        "/TSL-IT.xml",
        exchange -> {
          byte[] body = SERVED.get();
          exchange.getResponseHeaders().add("Content-Type", "application/xml");
          exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
          if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          }
          exchange.close();
        });
    publisher.start();
  }

  @AfterAll
  static void stopPublishing() {
    if (publisher != null) {
      publisher.stop(0);
    }
  }

  private static CertificateAuthority agidSigner() {
    return CertificateAuthority.load(
        ItEnvironment.pkiDir().resolve(DevPki.TRUSTED_LIST_SIGNER_P12),
        ItEnvironment.pkiPassword());
  }

  private static TrustedListWriter listOf(int sequence, CertificateAuthority... issuers) {
    TrustedListWriter list = TrustedListWriter.create().withSequenceNumber(sequence);
    for (CertificateAuthority issuer : issuers) {
      list = list.addIdVService(issuer.certificate());
    }
    return list;
  }

  private static double refreshes(String outcome) throws Exception {
    return Management.sample(
        Management.metrics(), "cns_trusted_list_refresh_total", "outcome=\"" + outcome + "\"");
  }

  /**
   * Serves {@code list} and waits until the server has counted one more refresh {@code outcome}.
   */
  private static void publishAndAwait(byte[] list, String outcome) throws Exception {
    double before = refreshes(outcome);
    SERVED.set(list);
    Instant deadline = Instant.now().plus(PATIENCE);
    double now = refreshes(outcome);
    while (now <= before && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
      now = refreshes(outcome);
    }
    assertThat(now).as("refreshes counted " + outcome).isGreaterThan(before);
  }

  /**
   * Waits until the server has counted {@code more} further refreshes {@code outcome}: retries of a
   * list it already refused.
   */
  private static void awaitRetries(String outcome, int more) throws Exception {
    double target = refreshes(outcome) + more;
    Instant deadline = Instant.now().plus(PATIENCE);
    while (refreshes(outcome) < target && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
    }
    assertThat(refreshes(outcome))
        .as(more + " more refreshes " + outcome)
        .isGreaterThanOrEqualTo(target);
  }

  /** The trusted list's audit rows after the row {@code mark}, oldest first. */
  private static List<Map<String, String>> downloadsAudited(long mark) {
    return Counter.rows(
        "select outcome, actor, channel, coalesce(detail, '') as detail from audit_event"
            + " where action = 'TRUSTED_LIST_DOWNLOAD' and id > ? order by id",
        mark);
  }

  /** The refusal code the primo accesso page shows for the card, or "ACCEPTED". */
  private static String verdictOn(IssuedCredential card) throws Exception {
    try (Browser browser = Browser.withCard(TestPki.keyStore(card))) {
      HtmlPage page = browser.open(ItEnvironment.smartcardUrl(PAGE));
      assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
      if (page.getElementById("problem") != null) {
        return page.getHtmlElementById("problem").getAttribute("data-code");
      }
      assertThat(page.getElementById("bind-form")).as("an accepted card may be bound").isNotNull();
      return "ACCEPTED";
    }
  }

  /** Asks until the page's verdict is {@code expected} or patience runs out; returns the last. */
  private static String verdictOnceItSettles(IssuedCredential card, String expected)
      throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    String verdict = verdictOn(card);
    while (!verdict.equals(expected) && Instant.now().isBefore(deadline)) {
      Thread.sleep(1000);
      verdict = verdictOn(card);
    }
    return verdict;
  }

  @Test
  void swapsInTheIssuersOfEachListThatVerifiesAndKeepsThemAgainstAStrangersList() throws Exception {
    long mark =
        Long.parseLong(Counter.column("select coalesce(max(id), 0) from audit_event").get(0));
    CertificateAuthority signer = agidSigner();
    CertificateAuthority newlyListed =
        CertificateAuthority.newRoot("Regione Nuova - CA Cittadini", "Regione Nuova");
    CertificateAuthority alwaysListed =
        CertificateAuthority.newRoot("Regione Stabile - CA Cittadini", "Regione Stabile");
    Instant now = Instant.now();
    String crl =
        TestRevocation.crlServer()
            .publish(
                "regione-nuova.crl",
                newlyListed.crl(now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.DAYS)));
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    IssuedCredential card =
        newlyListed.issueCard(
            CardProfile.forCodiceFiscale(cf)
                .withName("NUOVA", "REGIONE")
                .withCrlDistributionPoint(crl));

    publishAndAwait(
        listOf(1, alwaysListed).signed(signer.privateKey(), signer.certificate()), "UPDATED");
    assertThat(verdictOn(card)).as("not listed yet").isEqualTo("UNTRUSTED_ISSUER");

    SERVED.set(
        listOf(2, alwaysListed, newlyListed).signed(signer.privateKey(), signer.certificate()));
    assertThat(verdictOnceItSettles(card, "ACCEPTED")).as("newly listed").isEqualTo("ACCEPTED");

    CertificateAuthority stranger = CertificateAuthority.newRoot("Falsa AgID", "Sconosciuti");
    publishAndAwait(
        listOf(3, alwaysListed).signed(stranger.privateKey(), stranger.certificate()),
        "WRONG_SIGNER");
    assertThat(verdictOn(card)).as("a stranger's list changes nothing").isEqualTo("ACCEPTED");
    // The stranger's list refused again at each period: counted each time, audited once.
    awaitRetries("WRONG_SIGNER", 3);

    SERVED.set(listOf(4, alwaysListed).signed(signer.privateKey(), signer.certificate()));
    assertThat(verdictOnceItSettles(card, "UNTRUSTED_ISSUER"))
        .as("taken off the list")
        .isEqualTo("UNTRUSTED_ISSUER");
    assertThat(TestDatabase.bindingCount(cf)).isZero();

    List<Map<String, String>> audited = downloadsAudited(mark);
    assertThat(audited)
        .allSatisfy(
            row -> {
              assertThat(row.get("actor")).isEqualTo("system");
              assertThat(row.get("channel")).isEqualTo("SYSTEM");
              assertThat(row.get("detail"))
                  .contains(
                      "source=http://127.0.0.1:" + ItEnvironment.trustedListPort() + "/TSL-IT.xml");
            });
    // Before the first list, the empty answers were refused (one row); from it on, each event once.
    int first = 0;
    while (first < audited.size() && !audited.get(first).get("outcome").equals("OK")) {
      first++;
    }
    assertThat(first)
        .as("refusals before the first list, each audited once")
        .isLessThanOrEqualTo(1);
    List<Map<String, String>> fromFirstList = audited.subList(first, audited.size());
    assertThat(fromFirstList)
        .extracting(row -> row.get("outcome"))
        .containsExactly("OK", "OK", "WRONG_SIGNER", "OK");
    assertThat(fromFirstList.get(0).get("detail")).contains("list=").contains("#1 issued");
    assertThat(fromFirstList.get(1).get("detail")).contains("#2 issued").contains(", 2 CNS issuer");
    assertThat(fromFirstList.get(2).get("detail")).contains("reason=").contains("Falsa AgID");
    assertThat(fromFirstList.get(3).get("detail")).contains("#4 issued").contains(", 1 CNS issuer");
  }
}
