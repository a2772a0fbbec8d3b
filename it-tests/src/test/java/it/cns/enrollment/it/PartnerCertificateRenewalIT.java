package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.cns.enrollment.contract.partner.v1.EnrollmentFault;
import it.cns.enrollment.contract.partner.v1.PartnerEnrollment;
import it.cns.enrollment.contract.partner.v1.RegistrationState;
import it.cns.enrollment.devpki.IssuedCredential;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The partner certificate life cycle on the real server (issue #17): a partner whose certificate
 * expires within 30 days is flagged on the partner page and mailed about to the supervisors'
 * mailbox through the outbox; a second, overlapping certificate registered on the page lets the
 * partner call with either, the warning goes, and completing the renewal removes the old one; a
 * withdrawn renewal certificate calls no more; every change audited. The metric
 * cns_partner_certificates_expiring is not asserted: WildFly 39.0.1 exports no meter an EAR
 * registers (MetricsIT, docs/operations.md).
 */
class PartnerCertificateRenewalIT extends DeployedApplication {

  private static final String PASSWORD = "Rinnovo.Certificati.2026";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/Rome"));

  private static TestOperators.Account supervisor;

  @BeforeAll
  static void aSupervisor() {
    supervisor = TestOperators.supervisor();
  }

  @Test
  void aPartnerRollsOverToItsRenewalCertificateWithoutDowntimeAfterTheExpiryWarning()
      throws Exception {
    String name = "ASL Rinnovo " + TestOperators.uniqueSuffix();
    IssuedCredential old =
        TestPki.partnerCa().issuePartner(name, "Azienda ULSS Rinnovo", Duration.ofDays(10));
    IssuedCredential renewal = TestPki.partnerCa().issuePartner(name, "Azienda ULSS Rinnovo");
    PartnerEnrollment oldApi = api(old);
    PartnerEnrollment renewalApi = api(renewal);
    String cf = TestPeople.newCodiceFiscale();

    try (Browser browser = loggedIn()) {
      HtmlPage page = register(browser, name, old);
      DomElement row = partnerRow(page, name);
      assertThat(first(row, ".partner-expiry").getTextContent())
          .isEqualTo(DAY.format(old.certificate().getNotAfter().toInstant()));
      assertThat(first(row, ".partner-expiry-warning")).isNotNull();
      assertThat(page.getHtmlElementById("expiring").getTextContent()).contains(name);
      String reference = "partner-" + row.getAttribute("data-id");
      assertThat(awaitMails(reference))
          .singleElement()
          .asString()
          .startsWith("supervisione@cns-enrollment.test Il certificato del partner " + name)
          .endsWith(DAY.format(old.certificate().getNotAfter().toInstant()));

      assertThat(oldApi.registrationStatus(cf).getState()).isEqualTo(RegistrationState.NOT_ENABLED);
      assertThat(fault(() -> renewalApi.registrationStatus(cf))).isEqualTo("NOT_AUTHORISED");

      page = edit(page, name);
      HtmlForm form = page.getFormByName("renewal-form");
      form.<HtmlFileInput>getInputByName("renewal-form:renewal").setFiles(pem(renewal).toFile());
      page = page.getHtmlElementById("renewal-form:addRenewal").click();

      assertThat(page.getElementById("problem")).as("no problem").isNull();
      assertThat(Browser.text(page, "renewal-pending"))
          .contains(renewal.certificate().getSerialNumber().toString(16));
      row = partnerRow(page, name);
      assertThat(first(row, ".partner-expiry-warning")).isNull();
      assertThat(first(row, ".partner-renewal-serial").getTextContent())
          .isEqualTo(renewal.certificate().getSerialNumber().toString(16));
      assertThat(
              page.getElementById("expiring") == null
                  || !page.getElementById("expiring").getTextContent().contains(name))
          .isTrue();
      // The overlap: both certificates are this partner.
      assertThat(oldApi.registrationStatus(cf).getState()).isEqualTo(RegistrationState.NOT_ENABLED);
      assertThat(renewalApi.registrationStatus(cf).getState())
          .isEqualTo(RegistrationState.NOT_ENABLED);

      page = page.getHtmlElementById("renewal-actions:completeRenewal").click();

      assertThat(page.getElementById("problem")).as("no problem").isNull();
      assertThat(page.getElementById("renewal-pending")).isNull();
      row = partnerRow(page, name);
      assertThat(first(row, ".partner-serial").getTextContent())
          .isEqualTo(renewal.certificate().getSerialNumber().toString(16));
      assertThat(first(row, ".partner-expiry").getTextContent())
          .isEqualTo(DAY.format(renewal.certificate().getNotAfter().toInstant()));
      assertThat(renewalApi.registrationStatus(cf).getState())
          .isEqualTo(RegistrationState.NOT_ENABLED);
      assertThat(fault(() -> oldApi.registrationStatus(cf))).isEqualTo("NOT_AUTHORISED");
    }
    assertThat(TestOperators.auditDetails("supervisor:" + supervisor.username(), "PARTNER_ADMIN"))
        .filteredOn(d -> d.contains("; partner=" + name + ";"))
        .hasSize(3)
        .anySatisfy(d -> assertThat(d).startsWith("change=registered; "))
        .anySatisfy(
            d ->
                assertThat(d)
                    .startsWith("change=renewal certificate added; ")
                    .contains("serial=" + renewal.certificate().getSerialNumber().toString(16)))
        .anySatisfy(
            d ->
                assertThat(d)
                    .startsWith("change=renewal completed; ")
                    .contains("serialBefore=" + old.certificate().getSerialNumber().toString(16)));
  }

  @Test
  void aWithdrawnRenewalCertificateCallsNoMoreAndTheCurrentOneStillDoes() throws Exception {
    String name = "ASL Ritiro " + TestOperators.uniqueSuffix();
    IssuedCredential current = TestPki.partnerCa().issuePartner(name, "Azienda ULSS Ritiro");
    IssuedCredential wrong = TestPki.partnerCa().issuePartner(name, "Azienda ULSS Ritiro");
    String cf = TestPeople.newCodiceFiscale();

    try (Browser browser = loggedIn()) {
      HtmlPage page = edit(register(browser, name, current), name);
      assertThat(first(partnerRow(page, name), ".partner-expiry-warning")).isNull();
      HtmlForm form = page.getFormByName("renewal-form");
      form.<HtmlFileInput>getInputByName("renewal-form:renewal").setFiles(pem(wrong).toFile());
      page = page.getHtmlElementById("renewal-form:addRenewal").click();
      assertThat(api(wrong).registrationStatus(cf).getState())
          .isEqualTo(RegistrationState.NOT_ENABLED);

      page = page.getHtmlElementById("renewal-actions:withdrawRenewal").click();

      assertThat(page.getElementById("problem")).as("no problem").isNull();
      assertThat(first(partnerRow(page, name), ".partner-renewal")).isNull();
      assertThat(fault(() -> api(wrong).registrationStatus(cf))).isEqualTo("NOT_AUTHORISED");
      assertThat(api(current).registrationStatus(cf).getState())
          .isEqualTo(RegistrationState.NOT_ENABLED);

      // The current certificate cannot also be the renewal one.
      form = page.getFormByName("renewal-form");
      form.<HtmlFileInput>getInputByName("renewal-form:renewal").setFiles(pem(current).toFile());
      page = page.getHtmlElementById("renewal-form:addRenewal").click();
      assertThat(Intranet.problem(page)).isEqualTo("INVALID_REQUEST");
      assertThat(page.getHtmlElementById("problem").getTextContent())
          .contains("gi\u00e0 quello attuale del partner");
    }
    assertThat(TestOperators.auditDetails("supervisor:" + supervisor.username(), "PARTNER_ADMIN"))
        .filteredOn(d -> d.contains("; partner=" + name + ";"))
        .anySatisfy(d -> assertThat(d).startsWith("change=renewal withdrawn; "));
  }

  private static PartnerEnrollment api(IssuedCredential partner) {
    return PartnerClient.as(
        TestPki.keyStore(partner), ItEnvironment.partnerUrl(PartnerSoapIT.ENDPOINT));
  }

  private static Browser loggedIn() throws Exception {
    Browser browser = Browser.withoutCard();
    HtmlPage page = Intranet.login(browser, supervisor.username(), PASSWORD);
    if (!Intranet.path(page).equals(Intranet.HOME)) {
      Intranet.loginAndChangePassword(browser, supervisor, PASSWORD);
    }
    return browser;
  }

  private static HtmlPage register(Browser browser, String name, IssuedCredential certificate)
      throws Exception {
    HtmlPage page = browser.open(ItEnvironment.publicUrl(SupervisionIT.PARTNERS));
    HtmlForm form = page.getFormByName("register-form");
    form.getInputByName("register-form:name").setValue(name);
    form.<HtmlFileInput>getInputByName("register-form:certificate")
        .setFiles(pem(certificate).toFile());
    for (var box : form.getInputsByName("register-form:operations")) {
      ((org.htmlunit.html.HtmlCheckBoxInput) box)
          .setChecked("REGISTRATION_STATUS".equals(box.getValueAttribute()));
    }
    page = page.getHtmlElementById("register-form:register").click();
    assertThat(page.getElementById("problem")).as("registered without a problem").isNull();
    return page;
  }

  private static HtmlPage edit(HtmlPage page, String name) throws Exception {
    for (DomNode node : partnerRow(page, name).<DomNode>getByXPath(".//input[@type='submit']")) {
      DomElement button = (DomElement) node;
      if (button.getId().endsWith(":edit")) {
        return button.click();
      }
    }
    throw new AssertionError("no edit button for " + name);
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

  /** The first element under {@code node} with this class (".name"); null when none has it. */
  private static DomNode first(DomNode node, String classSelector) {
    String name = classSelector.substring(1);
    return node.getFirstByXPath(
        ".//*[contains(concat(' ', normalize-space(@class), ' '), ' " + name + " ')]");
  }

  private static Path pem(IssuedCredential certificate) throws Exception {
    Path file = Files.createTempFile("partner", ".crt.pem");
    Files.writeString(file, certificate.certificatePem());
    return file;
  }

  /** The supervisors' expiry mails about a partner, once the watch (every minute) queued one. */
  private static java.util.List<String> awaitMails(String reference) throws Exception {
    Instant until = Instant.now().plusSeconds(150);
    java.util.List<String> mails = TestDatabase.outboxMails("PARTNER_EXPIRY", reference);
    while (mails.isEmpty() && Instant.now().isBefore(until)) {
      Thread.sleep(2_000);
      mails = TestDatabase.outboxMails("PARTNER_EXPIRY", reference);
    }
    return mails;
  }

  private interface Call {
    void run() throws Exception;
  }

  private static String fault(Call call) {
    EnrollmentFault fault = catchThrowableOfType(EnrollmentFault.class, call::run);
    assertThat(fault).as("an EnrollmentFault").isNotNull();
    return fault.getFaultInfo().getCode();
  }
}
