package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.devpki.IssuedCredential;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #18 item 4 on the real server: the supervisors' page for counter workstations
 * (supervisione/postazioni.xhtml) lists them, registers one from its certificate with a label and
 * an enabled counter office (the select offers no disabled office), refuses a file that is no
 * certificate, disables and enables one; each change is audited WORKSTATION_ADMIN; an operator gets
 * the supervisors-only 403 page.
 */
class WorkstationAdminIT extends DeployedApplication {

  static final String PAGE = "/intranet/supervisione/postazioni.xhtml";
  private static final String PASSWORD = "Postazioni.Prova.2026";

  private static TestOperators.Account supervisor;
  private static TestOperators.Account operator;
  private static long office;
  private static long closedOffice;

  @TempDir Path dir;

  @BeforeAll
  static void accounts() {
    supervisor = TestOperators.supervisor();
    office = TestOperators.counterOffice("Sportello postazioni", true);
    closedOffice = TestOperators.counterOffice("Sportello chiuso", false);
    operator = TestOperators.operator(office);
  }

  private static Browser loggedIn(TestOperators.Account account) throws Exception {
    Browser browser = Browser.withoutCard();
    HtmlPage page = Intranet.login(browser, account.username(), PASSWORD);
    if (!Intranet.path(page).equals(Intranet.HOME)) {
      Intranet.loginAndChangePassword(browser, account, PASSWORD);
    }
    return browser;
  }

  private static HtmlPage register(HtmlPage page, String label, long officeId, Path file)
      throws Exception {
    page.<HtmlInput>getHtmlElementById("register-form:label").setValue(label);
    page.<HtmlSelect>getHtmlElementById("register-form:office")
        .setSelectedAttribute(String.valueOf(officeId), true);
    page.<HtmlFileInput>getHtmlElementById("register-form:certificate").setFiles(file.toFile());
    return page.getHtmlElementById("register-form:register").click();
  }

  private static DomElement row(HtmlPage page, String fingerprint) {
    return cell(page, fingerprint, "");
  }

  /** The element {@code css} within the row of this workstation (the row itself when blank). */
  private static DomElement cell(HtmlPage page, String fingerprint, String css) {
    return (DomElement)
        page.querySelector(
            "#workstations tr.workstation[data-fingerprint='" + fingerprint + "'] " + css);
  }

  private static String text(HtmlPage page, String fingerprint, String css) {
    return cell(page, fingerprint, css).getTextContent();
  }

  private static Boolean enabledInDatabase(String fingerprint) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "select enabled from counter_workstation where certificate_sha256 = ?")) {
      ps.setString(1, fingerprint);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getBoolean(1) : null;
      }
    }
  }

  @Test
  void aSupervisorRegistersDisablesAndEnablesAWorkstationAndEachChangeIsAudited() throws Exception {
    String label = "PC sportello " + TestOperators.uniqueSuffix();
    IssuedCredential ws = TestPki.partnerCa().issuePartner(label, "ULSS");
    Path pem = dir.resolve("postazione.pem");
    Files.writeString(pem, ws.certificatePem(), StandardCharsets.US_ASCII);
    Path junk = dir.resolve("non-certificato.pem");
    Files.writeString(junk, "non un certificato", StandardCharsets.US_ASCII);
    String fingerprint =
        HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(ws.certificate().getEncoded()));

    try (Browser browser = loggedIn(supervisor)) {
      HtmlPage home = browser.open(ItEnvironment.publicUrl(Intranet.HOME));
      assertThat(home.getHtmlElementById("nav-workstations").getAttribute("href")).endsWith(PAGE);
      assertThat(home.getHtmlElementById("home-workstations").getAttribute("href")).endsWith(PAGE);

      HtmlPage page = browser.open(ItEnvironment.publicUrl(PAGE));
      List<String> offered =
          page.<HtmlSelect>getHtmlElementById("register-form:office").getOptions().stream()
              .map(o -> o.getValueAttribute())
              .toList();
      assertThat(offered).contains(String.valueOf(office));
      assertThat(offered).doesNotContain(String.valueOf(closedOffice));

      HtmlPage refused = register(page, label, office, junk);
      assertThat(refused.getHtmlElementById("problem").getAttribute("data-code"))
          .isEqualTo("INVALID_REQUEST");
      assertThat(Browser.text(refused, "problem"))
          .contains("non \u00e8 un certificato X.509 leggibile")
          .contains("della postazione");
      assertThat(enabledInDatabase(fingerprint)).isNull();

      HtmlPage done = register(browser.open(ItEnvironment.publicUrl(PAGE)), label, office, pem);
      assertThat(done.getElementById("problem")).as("no problem").isNull();
      assertThat(Browser.text(done, "done")).contains(label);
      DomElement r = row(done, fingerprint);
      assertThat(r.getAttribute("data-enabled")).isEqualTo("true");
      assertThat(r.getAttribute("data-office")).isEqualTo(String.valueOf(office));
      assertThat(text(done, fingerprint, ".workstation-label")).isEqualTo(label);
      assertThat(text(done, fingerprint, ".workstation-office")).startsWith("Sportello postazioni");
      assertThat(text(done, fingerprint, ".workstation-state")).isEqualTo("Attiva");
      assertThat(text(done, fingerprint, ".workstation-registered"))
          .matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
      assertThat(enabledInDatabase(fingerprint)).isTrue();

      HtmlPage disabled = cell(done, fingerprint, "input[id$=':disable']").click();
      assertThat(row(disabled, fingerprint).getAttribute("data-enabled")).isEqualTo("false");
      assertThat(enabledInDatabase(fingerprint)).isFalse();
      HtmlPage enabled = cell(disabled, fingerprint, "input[id$=':enable']").click();
      assertThat(row(enabled, fingerprint).getAttribute("data-enabled")).isEqualTo("true");
      assertThat(enabledInDatabase(fingerprint)).isTrue();

      HtmlPage english = browser.open(ItEnvironment.publicUrl(PAGE) + "?lang=en");
      assertThat(text(english, fingerprint, ".workstation-state")).isEqualTo("Enabled");
    }
    assertThat(
            TestOperators.auditDetails("supervisor:" + supervisor.username(), "WORKSTATION_ADMIN"))
        .contains(
            "change=registered; workstation="
                + label
                + "; sha256="
                + fingerprint
                + "; counter="
                + office,
            "change=disabled; workstation="
                + label
                + "; sha256="
                + fingerprint
                + "; counter="
                + office,
            "change=enabled; workstation="
                + label
                + "; sha256="
                + fingerprint
                + "; counter="
                + office);
  }

  @Test
  void anOperatorGetsThePageForSupervisorsAndNoLinkToIt() throws Exception {
    try (Browser browser = loggedIn(operator)) {
      HtmlPage home = browser.open(ItEnvironment.publicUrl(Intranet.HOME));
      assertThat(home.getElementById("nav-workstations")).isNull();
      HtmlPage page = browser.open(ItEnvironment.publicUrl(PAGE));
      assertThat(page.getWebResponse().getStatusCode()).isEqualTo(403);
      assertThat(page.getHtmlElementById("content").getAttribute("data-error"))
          .isEqualTo("supervisorsOnly");
    }
  }
}
