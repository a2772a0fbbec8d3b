package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.devpki.CardProfile;
import it.cns.enrollment.devpki.CertificateAuthority;
import it.cns.enrollment.devpki.IssuedCredential;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The boundary matrix (issue #15) on the real server: every cell of {@code boundary-matrix.csv} -
 * listener × credential (none, a valid, revoked, expired or foreign card, a known, unknown or
 * disabled partner, a counter workstation, an operator's or supervisor's session) × path family ×
 * method - is asked once and must answer the status the table says. One client per listener and
 * credential, reused (keep-alive), so the whole table costs a few hundred requests on one
 * deployment. The path tricks are {@link ListenerPathTricksIT}'s; these are plain paths.
 */
class BoundaryMatrixIT extends DeployedApplication {

  private static final Map<String, KeyStore> KEYS = new HashMap<>();
  private static final Map<String, String> SESSIONS = new HashMap<>();
  private static final Map<String, HttpClient> CLIENTS = new HashMap<>();

  @BeforeAll
  static void credentials() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    KEYS.put("card", TestPki.keyStore(TestPki.card(cf)));

    var ocsp = TestRevocation.ocsp();
    IssuedCredential revoked =
        TestPki.card(TestPki.profile(TestPeople.newCodiceFiscale()).withOcspResponder(ocsp.url()));
    ocsp.revoke(revoked.certificate().getSerialNumber());
    KEYS.put("revoked-card", TestPki.keyStore(revoked));

    Instant now = Instant.now();
    KEYS.put(
        "expired-card",
        TestPki.keyStore(
            TestPki.card(
                TestPki.profile(TestPeople.newCodiceFiscale())
                    .withValidity(
                        now.minus(900, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS)))));
    CertificateAuthority foreign = CertificateAuthority.newRoot("Matrix Foreign CA", "Foreign");
    KEYS.put(
        "foreign-card",
        TestPki.keyStore(
            foreign.issueCard(CardProfile.forCodiceFiscale(TestPeople.newCodiceFiscale()))));

    String suffix = TestOperators.uniqueSuffix();
    IssuedCredential known = TestPki.partnerCa().issuePartner("Matrix Partner " + suffix, "ASL");
    TestDatabase.registerPartner("Matrix Partner " + suffix, known.certificate());
    KEYS.put("partner", TestPki.keyStore(known));
    KEYS.put(
        "unknown-partner",
        TestPki.keyStore(TestPki.partnerCa().issuePartner("Matrix Stranger " + suffix, "ASL")));
    IssuedCredential disabled =
        TestPki.partnerCa().issuePartner("Matrix Disabled " + suffix, "ASL");
    TestDatabase.registerPartner("Matrix Disabled " + suffix, disabled.certificate());
    TestDatabase.disablePartner("Matrix Disabled " + suffix);
    KEYS.put("disabled-partner", TestPki.keyStore(disabled));

    long office = TestOperators.counterOffice("Sportello matrice", true);
    // Issue #18 item 4: a counter workstation, registered for the counter agent's endpoint.
    IssuedCredential workstation =
        TestPki.partnerCa().issuePartner("Matrix Workstation " + suffix, "ULSS");
    TestDatabase.registerWorkstation(office, workstation.certificate(), "PC matrice");
    KEYS.put("workstation", TestPki.keyStore(workstation));
    SESSIONS.put("operator", session(TestOperators.operator(office)));
    SESSIONS.put("supervisor", session(TestOperators.supervisor()));
  }

  /** Logs in (with the forced password change) and keeps the session id. */
  private static String session(TestOperators.Account account) throws Exception {
    try (Browser browser = Browser.withoutCard()) {
      Intranet.loginAndChangePassword(browser, account, "Matrice-" + TestOperators.uniqueSuffix());
      return browser.cookie("JSESSIONID");
    }
  }

  @AfterAll
  static void forgetClients() {
    // Java 17's HttpClient has no close(): dropped, its idle connections time out.
    CLIENTS.clear();
  }

  static Stream<BoundaryMatrix.Case> cells() {
    return BoundaryMatrix.cases().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cells")
  void everyCellAnswersWhatTheTableSays(BoundaryMatrix.Case c) throws Exception {
    assertThat(answer(c)).as("%s (boundary-matrix.csv)", c).isEqualTo(c.expected());
  }

  /** The status, or TLS when the handshake (or the connection right after it) is refused. */
  private static String answer(BoundaryMatrix.Case c) throws Exception {
    HttpClient client = client(c.listener(), c.credential());
    String base =
        switch (c.listener()) {
          case "public" -> "https://localhost:" + ItEnvironment.publicPort();
          case "smartcard" -> "https://localhost:" + ItEnvironment.smartcardPort();
          case "partner" -> "https://localhost:" + ItEnvironment.partnerPort();
          case "http" -> "http://localhost:" + ItEnvironment.httpPort();
          default -> throw new IllegalArgumentException("listener " + c.listener());
        };
    boolean soap = c.family() == BoundaryMatrix.Family.PARTNER_API;
    HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(30));
    switch (c.method()) {
      case "GET" -> request.uri(URI.create(base + c.family().path + (soap ? "?wsdl" : ""))).GET();
      case "POST" -> {
        request.uri(URI.create(base + c.family().path));
        if (soap) {
          request
              .header("Content-Type", "text/xml; charset=UTF-8")
              .header("SOAPAction", "\"\"")
              .POST(HttpRequest.BodyPublishers.ofString(registrationStatus()));
        } else {
          request
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString("campo=valore"));
        }
      }
      default -> throw new IllegalArgumentException("method " + c.method());
    }
    String session = SESSIONS.get(c.credential());
    if (session != null) {
      request.header("Cookie", "JSESSIONID=" + session);
    }
    try {
      return Integer.toString(
          client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode());
    } catch (IOException e) {
      return "TLS";
    }
  }

  private static String registrationStatus() {
    return "<?xml version=\"1.0\"?><soapenv:Envelope"
        + " xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
        + " xmlns:v1=\"urn:cns-enrollment:partner:v1\"><soapenv:Body><v1:registrationStatus>"
        + "<v1:codiceFiscale>"
        + TestPeople.newCodiceFiscale()
        + "</v1:codiceFiscale></v1:registrationStatus></soapenv:Body></soapenv:Envelope>";
  }

  private static synchronized HttpClient client(String listener, String credential) {
    if (!SESSIONS.containsKey(credential)
        && !KEYS.containsKey(credential)
        && !credential.equals("none")) {
      throw new IllegalArgumentException("credential " + credential);
    }
    return CLIENTS.computeIfAbsent(
        listener + " " + credential,
        k ->
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .sslContext(TestPki.tls(KEYS.get(credential)))
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
  }
}
