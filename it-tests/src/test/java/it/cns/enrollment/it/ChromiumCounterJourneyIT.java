package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.domain.activation.PrivacyNotice;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * An operator's journey in a real browser: login, the activation wizard for a holder, the outcome
 * with the first halves of the codes, the form downloaded (and refused the second time), the mail
 * state. A screenshot of every page under target/screenshots/ChromiumCounterJourneyIT/.
 */
class ChromiumCounterJourneyIT extends DeployedApplication {

  @Test
  void anOperatorActivatesAHoldersCardAndDownloadsTheForm() throws Exception {
    Assumptions.assumeTrue(Chromium.installed(), "Debian's chromium and chromedriver are needed");
    Counter.Desk desk = Counter.newDesk();
    Counter.Request r = Counter.request(ActivationCase.HOLDER);
    GreenMail smtp = Counter.smtp();
    try (Chromium browser = Chromium.withoutCard(getClass())) {
      browser.open(ItEnvironment.publicUrl(Intranet.LOGIN));
      browser.screenshot("01-login");
      browser.type("login-form:username", desk.username());
      browser.type("login-form:password", Counter.PASSWORD);
      browser.click("login-form:login");
      assertThat(browser.currentPath()).isEqualTo(Intranet.HOME);
      browser.screenshot("02-home");

      browser.click("home-activation");
      browser.screenshot("03-step1-case");
      browser.check("act-form:case:0"); // HOLDER, the first case
      browser.click("act-form:choose");
      assertThat(browser.attribute("step", "data-step")).isEqualTo("2");
      browser.type("act-form:cardId", r.cardId());
      browser.type("act-form:holderCf", r.holderCf());
      browser.select("act-form:idType", r.idType());
      browser.type("act-form:idNumber", r.idNumber());
      browser.type("act-form:idIssuer", r.idIssuer());
      browser.type("act-form:idExpiry", r.idExpiry());
      browser.type("act-form:email", r.email());
      for (int i = 0; i < ActivationCase.HOLDER.requiredDocuments().size(); i++) {
        browser.check("act-form:documents:" + i);
      }
      // The privacy notice in force, in the page's language, and the consent of the person.
      assertThat(browser.attribute("privacy-notice", "data-version"))
          .isEqualTo(PrivacyNotice.CURRENT_VERSION);
      assertThat(browser.text("privacy-notice"))
          .contains("Informativa sul trattamento dei dati personali")
          .contains("Garante");
      browser.check("act-form:consent");
      browser.screenshot("04-step2-data-and-checklist");
      browser.click("act-form:review");
      assertThat(browser.text("sum-holder")).isEqualTo(r.holderCf());
      assertThat(browser.attribute("sum-consent", "data-consent")).isEqualTo("true");
      assertThat(browser.text("sum-consent")).contains(PrivacyNotice.CURRENT_VERSION);
      browser.screenshot("05-step3-summary");
      browser.click("act-form:confirm");

      assertThat(browser.currentPath()).isEqualTo(Counter.OUTCOME);
      String pinHalf = browser.text("pin-half");
      assertThat(pinHalf).matches("[0-9]{4}");
      String cipHalf = browser.text("cip-half");
      browser.screenshot("06-outcome-codes");

      browser.clickToDownload("form-form:download");
      byte[] pdf = browser.awaitDownload(".pdf");
      List<String> pages = Counter.pdfPages(pdf);
      assertThat(pages).hasSize(2);
      assertThat(pages.get(0))
          .contains(r.holderCf())
          .contains("PIN - prima parte / first part: " + pinHalf)
          .contains(desk.officeName())
          .contains("Consenso prestato da / Consent given by: " + r.holderCf())
          .contains("Firma per il consenso al trattamento dei dati");

      String mail = Counter.awaitMail(smtp, r.email(), 1);
      browser.click("mail-form:refresh");
      assertThat(browser.text("mails")).contains("Inviata");
      browser.screenshot("07-outcome-mail-sent");
      browser.click("form-form:download");
      assertThat(browser.attribute("problem", "data-code")).isEqualTo("FORM_ALREADY_DOWNLOADED");
      browser.screenshot("08-second-download-refused");

      // Revocation (issue #18): card and reason, then the confirmation with the whole CIP.
      browser.open(ItEnvironment.publicUrl(Counter.REVOCATION));
      browser.type("rev-form:cardId", r.cardId());
      browser.check("rev-form:reason:1"); // STOLEN, the second reason
      browser.screenshot("08a-revocation-card-and-reason");
      browser.click("rev-form:review");
      assertThat(browser.attribute("step", "data-step")).isEqualTo("2");
      assertThat(browser.text("confirm-reason")).isEqualTo("Furto");
      browser.screenshot("08b-revocation-confirmation");
      browser.type("rev-form:cip", cipHalf + Counter.secondHalves(mail).get("CIP"));
      browser.click("rev-form:revoke");
      assertThat(browser.present("problem")).isFalse();
      assertThat(browser.text("rev-reason")).isEqualTo("Furto");
      browser.screenshot("08c-revocation-done");

      // A supervision page: a page saying it is for supervisors, with the way back.
      browser.open(ItEnvironment.publicUrl("/intranet/supervisione/audit.xhtml"));
      assertThat(browser.attribute("content", "data-error")).isEqualTo("supervisorsOnly");
      assertThat(browser.text("error-text")).contains("supervisori");
      browser.screenshot("09-supervision-page-refused");
      browser.click("error-home");
      assertThat(browser.currentPath()).isEqualTo(Intranet.HOME);
    } finally {
      smtp.stop();
    }
    Map<String, String> row = Counter.activationRow(r.cardId());
    assertThat(row.get("status")).isEqualTo("REVOKED");
    assertThat(Counter.revocationReason(r.cardId())).isEqualTo("STOLEN");
    assertThat(row.get("consent_notice_version")).isEqualTo(PrivacyNotice.CURRENT_VERSION);
    assertThat(row.get("consent_given_by")).isEqualTo(r.holderCf());
    assertThat(Counter.audit(r.holderCf(), "ACTIVATION_FORM")).containsExactly("OK");
  }
}
