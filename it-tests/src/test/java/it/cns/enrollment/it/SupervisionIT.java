package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.cns.enrollment.contract.partner.v1.EnrollmentFault;
import it.cns.enrollment.contract.partner.v1.PartnerEnrollment;
import it.cns.enrollment.contract.partner.v1.RegistrationState;
import it.cns.enrollment.devpki.IssuedCredential;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Supervision on the real server: the audit trail's filters (Italian days, CF, action, channel,
 * actor, outcome, request id) and keyset pages, the CSV download (type, BOM, header, RFC 4180
 * escaping, formula guard, row count = the page's count, audited), the role boundary (an operator
 * gets 403 on both pages and on the CSV URL), and partner records managed through the page with a
 * certificate of the dev PKI's partner CA, checked by real SOAP calls.
 */
class SupervisionIT extends DeployedApplication {

  static final String AUDIT = "/intranet/supervisione/audit.xhtml";
  static final String CSV = "/intranet/supervisione/audit.csv";
  static final String PARTNERS = "/intranet/supervisione/partner.xhtml";
  private static final String PASSWORD = "Supervisione.Prova.2026";

  private static TestOperators.Account supervisor;
  private static TestOperators.Account operator;

  @BeforeAll
  static void accounts() {
    supervisor = TestOperators.supervisor();
    operator = TestOperators.operator(TestOperators.counterOffice("Sportello supervisione", true));
  }

  private static Browser supervisorBrowser() throws Exception {
    return loggedIn(supervisor);
  }

  /** A browser logged in as the account (its password changed at the first login). */
  private static Browser loggedIn(TestOperators.Account account) throws Exception {
    Browser browser = Browser.withoutCard();
    HtmlPage page = Intranet.login(browser, account.username(), PASSWORD);
    if (!Intranet.path(page).equals(Intranet.HOME)) {
      Intranet.loginAndChangePassword(browser, account, PASSWORD);
    }
    return browser;
  }

  // --- the audit trail ----------------------------------------------------------------------

  /** Appends an audit row as the application would (the table refuses updates, not inserts). */
  private static void seed(
      Instant at,
      String actor,
      String channel,
      String action,
      String cf,
      String outcome,
      String requestId,
      String detail) {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into audit_event (occurred_at, actor, channel, action, subject_cf,"
                    + " certificate_issuer, certificate_serial, outcome, detail, request_id)"
                    + " values (?, ?, ?, ?, ?, 'CN=CA di prova, O=Prova', '1f', ?, ?, ?)")) {
      ps.setTimestamp(1, Timestamp.from(at));
      ps.setString(2, actor);
      ps.setString(3, channel);
      ps.setString(4, action);
      ps.setString(5, cf);
      ps.setString(6, outcome);
      ps.setString(7, detail);
      ps.setString(8, requestId);
      ps.executeUpdate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static List<String> cells(HtmlPage page, String cssClass) {
    List<String> out = new ArrayList<>();
    for (DomNode row : page.querySelectorAll("#audit-events tr.audit-event")) {
      DomNode cell = row.getFirstByXPath("td[contains(@class, '" + cssClass + "')]");
      out.add(cell.getTextContent().trim());
    }
    return out;
  }

  private static long count(HtmlPage page) {
    return Long.parseLong(page.getHtmlElementById("audit-count").getAttribute("data-count"));
  }

  @Test
  void filtersTheTrailByItalianDaysAndEveryCriterion() throws Exception {
    String actor = "it-seed:" + TestOperators.uniqueSuffix();
    String cf = TestPeople.newCodiceFiscale();
    // 10 March 2024, Italian time: 23:30 on the 10th is 22:30Z; 00:30 on the 11th is 23:30Z.
    seed(
        Instant.parse("2024-03-10T22:30:00Z"),
        actor,
        "SMARTCARD",
        "CARD_BIND",
        cf,
        "OK",
        null,
        "a");
    seed(
        Instant.parse("2024-03-10T23:30:00Z"), actor, "PARTNER", "CARD_BIND", cf, "OK", "r-2", "b");
    seed(
        Instant.parse("2024-03-11T09:00:00Z"),
        actor,
        "PARTNER",
        "FISCONLINE_ENROLLMENT",
        null,
        "ALREADY_ENABLED",
        "r-3",
        "c");
    String base = ItEnvironment.publicUrl(AUDIT) + "?attore=" + q(actor);

    try (Browser browser = supervisorBrowser()) {
      HtmlPage all = browser.open(base);
      assertThat(cells(all, "audit-detail")).containsExactly("c", "b", "a");
      assertThat(count(all)).isEqualTo(3);
      assertThat(cells(all, "audit-time"))
          .containsExactly("11/03/2024 10:00:00", "11/03/2024 00:30:00", "10/03/2024 23:30:00");
      // Actions and channels in the page's language, the recorded names kept as data.
      assertThat(cells(all, "audit-action"))
          .containsExactly(
              "Abilitazione a Fisconline",
              "Registrazione della smartcard",
              "Registrazione della smartcard");
      assertThat(cells(all, "audit-channel"))
          .containsExactly("Sistema partner", "Sistema partner", "Smartcard (cittadino)");
      assertThat(
              all.<HtmlSelect>getHtmlElementById("azione")
                  .getOptionByValue("CODES_REISSUE")
                  .getText())
          .isEqualTo("Ristampa dei codici");
      assertThat(
              all.<HtmlSelect>getHtmlElementById("canale")
                  .getOptionByValue("SUPERVISION")
                  .getText())
          .isEqualTo("Supervisione (intranet)");

      assertThat(cells(browser.open(base + "&dal=2024-03-10&al=2024-03-10"), "audit-detail"))
          .containsExactly("a");
      assertThat(cells(browser.open(base + "&dal=2024-03-11"), "audit-detail"))
          .containsExactly("c", "b");
      assertThat(cells(browser.open(base + "&cf=" + cf.toLowerCase()), "audit-detail"))
          .containsExactly("b", "a");
      assertThat(cells(browser.open(base + "&azione=FISCONLINE_ENROLLMENT"), "audit-detail"))
          .containsExactly("c");
      assertThat(cells(browser.open(base + "&canale=PARTNER"), "audit-detail"))
          .containsExactly("c", "b");
      assertThat(cells(browser.open(base + "&esito=already_enabled"), "audit-detail"))
          .containsExactly("c");
      assertThat(cells(browser.open(base + "&richiesta=r-2"), "audit-detail")).containsExactly("b");
      HtmlPage none = browser.open(base + "&richiesta=r-2&canale=SMARTCARD");
      assertThat(none.getElementById("audit-none")).isNotNull();
      assertThat(count(none)).isZero();

      // The form is a GET: the result is a bookmarkable URL with the same filter.
      HtmlForm form = all.getHtmlElementById("audit-filter");
      form.getInputByName("cf").setValue(cf);
      form.<HtmlSelect>getSelectByName("canale").setSelectedAttribute("PARTNER", true);
      HtmlPage searched = all.getHtmlElementById("audit-search").click();
      assertThat(searched.getUrl().getQuery()).contains("cf=" + cf).contains("canale=PARTNER");
      assertThat(cells(searched, "audit-detail")).containsExactly("b");
      assertThat(searched.<HtmlSelect>getHtmlElementById("canale").getSelectedOptions())
          .extracting(o -> o.getValueAttribute())
          .containsExactly("PARTNER");

      // Switching language keeps the filter.
      HtmlPage english = searched.<HtmlAnchor>getHtmlElementById("lang-en").click();
      assertThat(english.getUrl().getQuery()).contains("cf=" + cf).contains("lang=en");
      assertThat(cells(english, "audit-detail")).containsExactly("b");
      assertThat(cells(english, "audit-action")).containsExactly("Smartcard registration");
      assertThat(cells(english, "audit-channel")).containsExactly("Partner system");
      assertThat(english.getDocumentElement().getAttribute("lang")).isEqualTo("en");

      HtmlPage reversed = browser.open(base + "&dal=2024-03-12&al=2024-03-11");
      assertThat(Intranet.problem(reversed)).isEqualTo("INVALID_REQUEST");
      assertThat(Browser.text(reversed, "problem")).contains("successiva");
      assertThat(Intranet.problem(browser.open(base + "&azione=NOPE")))
          .isEqualTo("INVALID_REQUEST");
    }
  }

  @Test
  void pagesFiftyEventsAtATimeByKey() throws Exception {
    String actor = "it-paging:" + TestOperators.uniqueSuffix();
    Instant t = Instant.parse("2024-05-01T08:00:00Z");
    for (int i = 1; i <= 60; i++) {
      seed(t.plusSeconds(i), actor, "SYSTEM", "MAIL_DELIVERY", null, "OK", null, "n" + i);
    }
    try (Browser browser = supervisorBrowser()) {
      HtmlPage first = browser.open(ItEnvironment.publicUrl(AUDIT) + "?attore=" + q(actor));
      assertThat(cells(first, "audit-detail")).hasSize(50).startsWith("n60").endsWith("n11");
      assertThat(first.getElementById("audit-newer")).isNull();

      HtmlPage second = first.getHtmlElementById("audit-older").click();
      assertThat(cells(second, "audit-detail")).hasSize(10).startsWith("n10").endsWith("n1");
      assertThat(second.getElementById("audit-older")).isNull();
      assertThat(second.getUrl().getQuery()).contains("attore=").contains("prima=");

      HtmlPage back = second.getHtmlElementById("audit-newer").click();
      assertThat(cells(back, "audit-detail")).isEqualTo(cells(first, "audit-detail"));
    }
  }

  @Test
  void downloadsTheFilteredTrailAsGuardedCsvAndAuditsTheExport() throws Exception {
    String actor = "it-csv:" + TestOperators.uniqueSuffix();
    String tricky = "=HYPERLINK(\"http://evil\"), with comma\nand a second line";
    Instant t = Instant.parse("2024-06-01T10:00:00Z");
    seed(t, actor, "PUBLIC", "PASSWORD_LOGIN", null, "OK", null, "plain \u00e0\u00e8\u00ec");
    seed(
        t.plusSeconds(1),
        actor,
        "PUBLIC",
        "PASSWORD_LOGIN",
        null,
        "INVALID_CREDENTIALS",
        null,
        tricky);
    seed(t.plusSeconds(2), actor, "PUBLIC", "LOGOUT", null, "OK", "-1+2", "@SUM(A1)");

    try (Browser browser = supervisorBrowser()) {
      String filter = "?attore=" + q(actor) + "&canale=PUBLIC";
      HtmlPage page = browser.open(ItEnvironment.publicUrl(AUDIT) + filter);
      String href = page.getHtmlElementById("audit-csv").getAttribute("href");
      assertThat(href).startsWith(CSV).contains("attore=").contains("canale=PUBLIC");

      HttpResponse<byte[]> csv = get(href, browser.cookie("JSESSIONID"));

      assertThat(csv.statusCode()).isEqualTo(200);
      assertThat(csv.headers().firstValue("Content-Type").orElseThrow())
          .startsWithIgnoringCase("text/csv")
          .containsIgnoringCase("charset=UTF-8");
      assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
          .startsWith("attachment")
          .contains(".csv");
      byte[] body = csv.body();
      assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
      List<List<String>> rows = parse(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
      assertThat(rows.get(0))
          .containsExactly(
              "id",
              "occurred_at",
              "actor",
              "channel",
              "action",
              "subject_cf",
              "certificate_issuer",
              "certificate_serial",
              "outcome",
              "request_id",
              "detail");
      assertThat(rows).hasSize(1 + (int) count(page)).hasSize(4);
      assertThat(rows.get(1).get(10)).isEqualTo("'@SUM(A1)");
      assertThat(rows.get(1).get(9)).isEqualTo("'-1+2");
      assertThat(rows.get(2).get(10)).isEqualTo("'" + tricky);
      assertThat(rows.get(3).get(10)).isEqualTo("plain \u00e0\u00e8\u00ec");
      assertThat(rows.get(3).get(1)).isEqualTo("2024-06-01T12:00:00+02:00");
      assertThat(rows.get(3).get(6)).isEqualTo("CN=CA di prova, O=Prova");
      String text = new String(body, StandardCharsets.UTF_8);
      assertThat(text)
          .contains("\"'=HYPERLINK(\"\"http://evil\"\"), with comma\nand a second line\"\r\n");
    }
    assertThat(TestOperators.auditDetails("supervisor:" + supervisor.username(), "AUDIT_EXPORT"))
        .anySatisfy(
            d ->
                assertThat(d)
                    .startsWith("format=CSV; ")
                    .contains("actorContains=" + actor)
                    .contains("channel=PUBLIC"));
  }

  @Test
  void anOperatorGets403OnTheSupervisionPagesAndTheCsv() throws Exception {
    try (Browser browser = loggedIn(operator)) {
      assertThat(
              browser.open(ItEnvironment.publicUrl(Intranet.HOME)).getWebResponse().getStatusCode())
          .isEqualTo(200);
      for (String path :
          List.of(AUDIT, PARTNERS, WorkstationAdminIT.PAGE, CSV, CSV + "?canale=PUBLIC")) {
        // The 403 answer is the HTML error page, also for the CSV URL.
        HtmlPage page = browser.open(ItEnvironment.publicUrl(path));
        assertThat(page.getWebResponse().getStatusCode()).as(path).isEqualTo(403);
        assertThat(page.getWebResponse().getContentType()).as(path).isEqualTo("text/html");
        // Worded as a role refusal (not a cross-site one), with the way back to the intranet.
        assertThat(page.getWebResponse().getResponseHeaderValue("Content-Type"))
            .as(path)
            .containsIgnoringCase("charset=UTF-8");
        assertThat(page.getHtmlElementById("content").getAttribute("data-error"))
            .isEqualTo("supervisorsOnly");
        assertThat(page.asNormalizedText())
            .contains("Pagina riservata ai supervisori")
            .doesNotContain("non proviene da una pagina");
        assertThat(page.getHtmlElementById("error-home").getAttribute("href"))
            .isEqualTo(Intranet.HOME);
        HtmlPage back = page.getHtmlElementById("error-home").click();
        assertThat(back.getWebResponse().getStatusCode()).isEqualTo(200);
      }
    }
    // Nobody logged in: the CSV is not served either.
    HttpResponse<byte[]> anonymous = get(CSV, null);
    assertThat(anonymous.statusCode()).isNotEqualTo(200);
    assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).doesNotContain("csv");
  }

  @Test
  void theCsvUrlIsNotServedOnTheSmartcardOrPartnerListener() throws Exception {
    IssuedCredential card = TestPki.card(TestPeople.newCodiceFiscale());
    assertThat(
            Intranet.get(ItEnvironment.smartcardUrl(CSV), TestPki.keyStore(card), null)
                .statusCode())
        .isEqualTo(404);
    assertThat(
            Intranet.get(ItEnvironment.partnerUrl(CSV), TestPki.demoPartner(), null).statusCode())
        .isEqualTo(404);
  }

  // --- partner records ----------------------------------------------------------------------

  @Test
  void aPartnerRegisteredOnThePageCallsTheApiUntilDisabledOrRenewedAndEveryChangeIsAudited()
      throws Exception {
    String name = "ASL Supervisione " + TestOperators.uniqueSuffix();
    IssuedCredential certificate = TestPki.partnerCa().issuePartner(name, "Azienda ULSS Prova");
    Path pem = Files.createTempFile("partner", ".crt.pem");
    Files.writeString(pem, certificate.certificatePem());
    PartnerEnrollment api =
        PartnerClient.as(
            TestPki.keyStore(certificate), ItEnvironment.partnerUrl(PartnerSoapIT.ENDPOINT));
    String cf = TestPeople.newCodiceFiscale();
    assertThat(fault(() -> api.registrationStatus(cf))).isEqualTo("NOT_AUTHORISED");

    try (Browser browser = supervisorBrowser()) {
      HtmlPage page = browser.open(ItEnvironment.publicUrl(PARTNERS));
      HtmlForm form = page.getFormByName("register-form");
      form.getInputByName("register-form:name").setValue(name);
      form.<HtmlFileInput>getInputByName("register-form:certificate").setFiles(pem.toFile());
      check(form, "register-form:operations", "REGISTRATION_STATUS", "LIST_BINDINGS");
      page = page.getHtmlElementById("register-form:register").click();

      assertThat(page.getElementById("problem")).as("no problem").isNull();
      assertThat(Browser.text(page, "done")).contains(name);
      DomElement row = partnerRow(page, name);
      assertThat(row.getAttribute("data-enabled")).isEqualTo("true");
      assertThat(operations(row)).containsExactly("REGISTRATION_STATUS", "LIST_BINDINGS");
      assertThat(api.registrationStatus(cf).getState()).isEqualTo(RegistrationState.NOT_ENABLED);

      page = click(partnerRow(page, name), "disable");
      assertThat(partnerRow(page, name).getAttribute("data-enabled")).isEqualTo("false");
      assertThat(fault(() -> api.registrationStatus(cf))).isEqualTo("NOT_AUTHORISED");

      page = click(partnerRow(page, name), "enable");
      assertThat(api.registrationStatus(cf).getState()).isEqualTo(RegistrationState.NOT_ENABLED);

      page = click(partnerRow(page, name), "edit");
      HtmlForm operations = page.getFormByName("operations-form");
      uncheck(operations, "operations-form:operations", "REGISTRATION_STATUS");
      page = page.getHtmlElementById("operations-form:save").click();
      assertThat(operations(partnerRow(page, name))).containsExactly("LIST_BINDINGS");
      assertThat(fault(() -> api.registrationStatus(cf))).isEqualTo("NOT_AUTHORISED");
      assertThat(api.listBindings(cf)).isEmpty();

      // A renewal: from now on only the new certificate is this partner.
      IssuedCredential renewed = TestPki.partnerCa().issuePartner(name, "Azienda ULSS Prova");
      HtmlForm replace = page.getFormByName("replace-form");
      replace
          .<HtmlFileInput>getInputByName("replace-form:replacement")
          .setFiles(pemOf(renewed.certificatePem()).toFile());
      page = page.getHtmlElementById("replace-form:replace").click();
      assertThat(page.getElementById("problem")).as("no problem").isNull();
      assertThat(partnerRow(page, name).getTextContent())
          .contains(renewed.certificate().getSerialNumber().toString(16));
      PartnerEnrollment renewedApi =
          PartnerClient.as(
              TestPki.keyStore(renewed), ItEnvironment.partnerUrl(PartnerSoapIT.ENDPOINT));
      assertThat(renewedApi.listBindings(cf)).isEmpty();
      assertThat(fault(() -> api.listBindings(cf))).isEqualTo("NOT_AUTHORISED");
    }
    String actor = "supervisor:" + supervisor.username();
    assertThat(TestOperators.auditDetails(actor, "PARTNER_ADMIN"))
        .filteredOn(d -> d.contains("; partner=" + name + ";"))
        .hasSize(5)
        .anySatisfy(d -> assertThat(d).startsWith("change=certificate replaced; "))
        .anySatisfy(d -> assertThat(d).startsWith("change=registered; "))
        .anySatisfy(d -> assertThat(d).startsWith("change=disabled; "))
        .anySatisfy(d -> assertThat(d).startsWith("change=enabled; "))
        .anySatisfy(
            d ->
                assertThat(d)
                    .startsWith("change=operations; ")
                    .endsWith(
                        "; before=[REGISTRATION_STATUS, LIST_BINDINGS]; after=[LIST_BINDINGS]"));
    // A supervisor's acts are recorded on the supervision channel, not the counter's.
    assertThat(TestOperators.auditChannels(actor, "PARTNER_ADMIN")).containsOnly("SUPERVISION");
  }

  @Test
  void refusesOnThePageACertificateNotForClientsATakenOneAndAFileThatIsNone() throws Exception {
    IssuedCredential server = TestPki.partnerCa().issueServer("partner.example.it");
    TestDatabase.registerPartner("Demo ASL Partner", TestPki.demoPartnerCertificate());
    Path serverPem = Files.createTempFile("server", ".crt.pem");
    Files.writeString(serverPem, server.certificatePem());
    Path demoDer = Files.createTempFile("demo", ".der");
    Files.write(demoDer, TestPki.demoPartnerCertificate().getEncoded());
    Path garbage = Files.createTempFile("garbage", ".txt");
    Files.writeString(garbage, "not a certificate");

    try (Browser browser = supervisorBrowser()) {
      assertThat(register(browser, "Server " + TestOperators.uniqueSuffix(), serverPem))
          .isEqualTo("INVALID_REQUEST");
      assertThat(register(browser, "Copia " + TestOperators.uniqueSuffix(), demoDer))
          .isEqualTo("PARTNER_CERTIFICATE_TAKEN");
      assertThat(
              register(
                  browser,
                  "Demo ASL Partner",
                  pemOf(TestPki.partnerCa().issuePartner("Altro", "Altro").certificatePem())))
          .isEqualTo("PARTNER_NAME_TAKEN");
      assertThat(register(browser, "Niente " + TestOperators.uniqueSuffix(), garbage))
          .isEqualTo("INVALID_REQUEST");
    }
  }

  /**
   * Issue #18: a CA certificate not from the partner CA was accepted as a partner's certificate,
   * and such a partner could never pass the partner listener's TLS check. Only a certificate that
   * chains to the partner trust store (with the intermediates the partner supplies) is registered.
   */
  @Test
  void refusesOnThePageACertificateThatDoesNotChainToThePartnerCa() throws Exception {
    var strangerCa =
        it.cns.enrollment.devpki.CertificateAuthority.newRoot("Stranger CA", "Altrove");
    var subCa = TestPki.partnerCa().newIntermediate("Partner Sub CA", "CNS Enrollment");
    IssuedCredential viaSubCa = subCa.issuePartner("CAF Intermedio", "CAF Intermedio");
    String suffix = TestOperators.uniqueSuffix();

    try (Browser browser = supervisorBrowser()) {
      HtmlPage caRefused =
          registerPage(browser, "CA " + suffix, pemOf(pem(TestPki.cnsCa().certificate())));
      assertThat(Intranet.problem(caRefused)).isEqualTo("INVALID_REQUEST");
      assertThat(caRefused.asNormalizedText()).contains("CA dei partner");
      assertThat(
              register(
                  browser,
                  "Estranea " + suffix,
                  pemOf(strangerCa.issuePartner("Estranea", "Altrove").certificatePem())))
          .isEqualTo("INVALID_REQUEST");
      assertThat(
              register(browser, "Senza intermedia " + suffix, pemOf(pem(viaSubCa.certificate()))))
          .isEqualTo("INVALID_REQUEST");
      // certificatePem(): the partner's certificate followed by its CA chain, as partners send it.
      assertThat(register(browser, "Con intermedia " + suffix, pemOf(viaSubCa.certificatePem())))
          .isNull();
    }
    assertThat(TestDatabase.partnerNames())
        .contains("Con intermedia " + suffix)
        .doesNotContain("CA " + suffix, "Estranea " + suffix, "Senza intermedia " + suffix);
  }

  private static String pem(java.security.cert.X509Certificate certificate) throws Exception {
    return "-----BEGIN CERTIFICATE-----\n"
        + java.util.Base64.getMimeEncoder(
                64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
            .encodeToString(certificate.getEncoded())
        + "\n-----END CERTIFICATE-----\n";
  }

  private static Path pemOf(String pem) throws Exception {
    Path file = Files.createTempFile("partner", ".crt.pem");
    Files.writeString(file, pem);
    return file;
  }

  /** Submits the registration form; the problem code shown (null when none). */
  private static String register(Browser browser, String name, Path file) throws Exception {
    HtmlPage answer = registerPage(browser, name, file);
    return answer.getElementById("problem") == null ? null : Intranet.problem(answer);
  }

  private static HtmlPage registerPage(Browser browser, String name, Path file) throws Exception {
    HtmlPage page = browser.open(ItEnvironment.publicUrl(PARTNERS));
    HtmlForm form = page.getFormByName("register-form");
    form.getInputByName("register-form:name").setValue(name);
    form.<HtmlFileInput>getInputByName("register-form:certificate").setFiles(file.toFile());
    return page.getHtmlElementById("register-form:register").click();
  }

  private static DomElement partnerRow(HtmlPage page, String name) {
    for (DomNode node : page.querySelectorAll("#partners tr.partner")) {
      DomElement row = (DomElement) node;
      if (name.equals(row.getAttribute("data-name"))) {
        return row;
      }
    }
    throw new AssertionError("no row for partner " + name);
  }

  private static List<String> operations(DomElement row) {
    List<String> out = new ArrayList<>();
    for (DomNode node : row.<DomNode>getByXPath(".//*[@data-operation]")) {
      out.add(((DomElement) node).getAttribute("data-operation"));
    }
    return out;
  }

  private static HtmlPage click(DomElement row, String buttonIdSuffix) throws Exception {
    for (DomNode node : row.<DomNode>getByXPath(".//input[@type='submit']")) {
      DomElement button = (DomElement) node;
      if (button.getId().endsWith(":" + buttonIdSuffix)) {
        return button.click();
      }
    }
    throw new AssertionError("no " + buttonIdSuffix + " button in the row");
  }

  private static void check(HtmlForm form, String name, String... values) {
    for (HtmlInput box : form.getInputsByName(name)) {
      ((HtmlCheckBoxInput) box).setChecked(List.of(values).contains(box.getValueAttribute()));
    }
  }

  private static void uncheck(HtmlForm form, String name, String value) {
    for (HtmlInput box : form.getInputsByName(name)) {
      if (box.getValueAttribute().equals(value)) {
        ((HtmlCheckBoxInput) box).setChecked(false);
      }
    }
  }

  private interface Call {
    void run() throws Exception;
  }

  private static String fault(Call call) {
    EnrollmentFault fault = catchThrowableOfType(EnrollmentFault.class, call::run);
    assertThat(fault).as("an EnrollmentFault").isNotNull();
    return fault.getFaultInfo().getCode();
  }

  // --- plain HTTP and CSV -------------------------------------------------------------------

  /** A GET on the public listener (path from the context root), with the session cookie if any. */
  private static HttpResponse<byte[]> get(String path, String sessionCookie) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .sslContext(TestPki.tls(null))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(ItEnvironment.publicUrl(path)))
            .timeout(Duration.ofSeconds(60));
    if (sessionCookie != null) {
      request.header("Cookie", "JSESSIONID=" + sessionCookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** RFC 4180: rows of cells, quoted cells may hold commas, doubled quotes and line breaks. */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }
}
