package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.devpki.IssuedCredential;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * After an abilitazione the citizen can keep the PIN and initial password as a PDF (issue #18 item
 * 7): made on the fly, downloaded once by the holder of the enabled card over the smartcard
 * listener, {@code Cache-Control: no-store}; a second download, or another card, is refused, and
 * the hand-out is audited.
 */
class CredentialsLetterIT extends DeployedApplication {

  private static final String ABILITAZIONE = "/smartcard/abilitazione.xhtml";
  private static final String LETTER = "/smartcard/credenziali.pdf";

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
    }
  }

  @Test
  void theHolderDownloadsTheLetterOnceWithNoStoreAndAnotherCardGetsNothing() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    IssuedCredential card = TestPki.card(cf);
    try (Browser browser = Browser.withCard(TestPki.keyStore(card))) {
      HtmlPage done =
          browser
              .open(ItEnvironment.smartcardUrl(ABILITAZIONE))
              .getHtmlElementById("abil-form:enroll")
              .click();
      String pin = Browser.text(done, "issued-pin");
      String password = Browser.text(done, "issued-password");
      assertThat(done.getHtmlElementById("download-credentials").getAttribute("href"))
          .isEqualTo("credenziali.pdf");

      // Another person's card: nothing for it, and the holder's letter stays.
      try (Browser other =
          Browser.withCard(TestPki.keyStore(TestPki.card(TestPeople.newCodiceFiscale())))) {
        Page refused = other.fetch(ItEnvironment.smartcardUrl(LETTER));
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(410);
      }

      Page letter = browser.fetch(ItEnvironment.smartcardUrl(LETTER));
      assertThat(letter.getWebResponse().getStatusCode()).isEqualTo(200);
      assertThat(letter.getWebResponse().getContentType()).isEqualTo("application/pdf");
      assertThat(letter.getWebResponse().getResponseHeaderValue("Cache-Control"))
          .isEqualTo("no-store");
      assertThat(letter.getWebResponse().getResponseHeaderValue("Content-Disposition"))
          .isEqualTo("attachment; filename=\"credenziali-fisconline.pdf\"");
      assertThat(pdfText(letter.getWebResponse().getContentAsStream().readAllBytes()))
          .contains(cf)
          .contains("PIN (10 cifre) / PIN (10 digits): " + pin)
          .contains("Password iniziale / Initial password: " + password);

      Page again = browser.fetch(ItEnvironment.smartcardUrl(LETTER));
      assertThat(again.getWebResponse().getStatusCode()).isEqualTo(410);
      assertThat(again.getWebResponse().getContentType()).isEqualTo("text/plain");
      assertThat(again.getWebResponse().getContentAsString())
          .startsWith("CREDENTIALS_LETTER_GONE: Il PDF con il PIN e la password");
    }
    assertThat(TestDatabase.auditOutcomes(cf, "CREDENTIALS_LETTER")).containsExactly("OK");
  }

  @Test
  void inChromiumTheAbilitazionePageOffersTheLetterAndItHoldsTheCodesShown() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    try (Chromium browser = Chromium.withCard(getClass(), TestPki.card(cf))) {
      browser.open(ItEnvironment.smartcardUrl(ABILITAZIONE));
      browser.click("abil-form:enroll");
      String pin = browser.text("issued-pin");
      String password = browser.text("issued-password");
      browser.screenshot("01-abilitazione-with-letter");
      browser.clickToDownload("download-credentials");
      String text = pdfText(browser.awaitDownload("credenziali-fisconline.pdf"));
      assertThat(text).contains(cf).contains(pin).contains(password);
    }
  }

  /**
   * The personal area links to the voluntary password change (issue #18 item 7). The page lives
   * under the area, on the listener the citizen came in on: the link is a plain GET on the
   * smartcard listener here, and the form posts back to the same listener. The current password
   * changes it, and the new one (with the PIN) opens the area by the traditional login on the
   * public listener (wrong current passwords are the service's, tested with the forced change).
   * Every wait ends on the next page's element, not on a fixed time, so a busy machine makes the
   * test slower, not red.
   */
  @Test
  void inChromiumTheAreaLinksToTheVoluntaryPasswordChangeWhichAsksForTheCurrentOne()
      throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    String pin;
    try (Chromium browser = Chromium.withCard(getClass(), TestPki.card(cf))) {
      browser.open(ItEnvironment.smartcardUrl(ABILITAZIONE));
      browser.clickAndAwait("abil-form:enroll", "issued-password");
      pin = browser.text("issued-pin");
      String password = browser.text("issued-password");

      browser.open(ItEnvironment.smartcardUrl("/smartcard/accedi.xhtml"));
      browser.clickAndAwait("accedi-form:accedi", "area-cf");
      assertThat(browser.text("area-cf")).isEqualTo(cf);
      assertThat(browser.attribute("change-password", "href")).isEqualTo("cambio-password.xhtml");
      browser.screenshot("02-area-with-password-change");

      browser.clickAndAwait("change-password", "change-form:current");
      assertThat(browser.currentPath()).isEqualTo("/area/cambio-password.xhtml");
      assertThat(browser.present("voluntary-intro")).isTrue();
      browser.screenshot("03-voluntary-password-change");

      browser.type("change-form:current", password);
      browser.type("change-form:next", "Volontaria.26");
      browser.type("change-form:repeat", "Volontaria.26");
      browser.clickAndAwait("change-form:change", "changed");
      assertThat(browser.present("change-form:current")).isFalse();
      browser.screenshot("04-password-changed");
      browser.clickAndAwait("link-area", "area-cf");
    }
    assertThat(TestDatabase.auditOutcomes(cf, "PASSWORD_CHANGE")).containsExactly("OK");

    // The new password works with the PIN on the public listener, and asks for no further change.
    try (Browser browser = Browser.withoutCard()) {
      HtmlPage login = browser.open(ItEnvironment.publicUrl("/login/login.xhtml"));
      var form = login.getFormByName("login-form");
      form.getInputByName("login-form:cf").setValue(cf);
      form.getInputByName("login-form:password").setValue("Volontaria.26");
      form.getInputByName("login-form:pin").setValue(pin);
      HtmlPage area = login.getHtmlElementById("login-form:login").click();
      assertThat(area.getUrl().getPath()).isEqualTo("/area/index.xhtml");
      assertThat(Browser.text(area, "area-cf")).isEqualTo(cf);
    }
  }
}
