package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The blank forms a delegate brings (issue #18 item 2): "ATTIVAZIONE TS-CNS" (the delegation) and
 * "RICHIESTA DEI CODICI PERSONALI", made by the application as PDFs on the public listener, blank
 * or pre-filled from the page's GET form, linked from the FAQ's delegate checklist; a wrong value
 * comes back on the page, bound to its field. In Chromium: every page is screenshot and audited
 * with axe-core (Chromium.screenshot), in Italian and English.
 */
class DelegateFormsIT extends DeployedApplication {

  private static final String PAGE = "/moduli.xhtml";

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      assertThat(d.getDocumentCatalog().getLanguage()).isEqualTo("it-IT");
      return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
    }
  }

  @Test
  void bothBlankFormsArePdfsWithTheirFileNames() throws Exception {
    try (Browser browser = Browser.withoutCard()) {
      Page delegation = browser.fetch(ItEnvironment.publicUrl(PAGE + "?modulo=delega"));
      assertThat(delegation.getWebResponse().getStatusCode()).isEqualTo(200);
      assertThat(delegation.getWebResponse().getContentType()).isEqualTo("application/pdf");
      assertThat(delegation.getWebResponse().getResponseHeaderValue("Content-Disposition"))
          .isEqualTo("attachment; filename=\"attivazione-ts-cns-delega.pdf\"");
      assertThat(pdfText(delegation.getWebResponse().getContentAsStream().readAllBytes()))
          .contains("Attivazione TS-CNS - delega / TS-CNS activation - delegation")
          .contains("Firma del titolare / Holder's signature");

      Page request = browser.fetch(ItEnvironment.publicUrl(PAGE + "?modulo=richiesta-codici"));
      assertThat(request.getWebResponse().getContentType()).isEqualTo("application/pdf");
      assertThat(request.getWebResponse().getResponseHeaderValue("Content-Disposition"))
          .isEqualTo("attachment; filename=\"richiesta-codici-personali.pdf\"");
      byte[] pdf = request.getWebResponse().getContentAsStream().readAllBytes();
      try (PDDocument d = Loader.loadPDF(pdf)) {
        assertThat(d.getNumberOfPages()).isEqualTo(2); // in two copies
      }
      assertThat(pdfText(pdf)).contains("Richiesta dei codici personali");
    }
  }

  @Test
  void theFaqsDelegateChecklistLinksToTheForms() throws Exception {
    try (Browser browser = Browser.withoutCard()) {
      HtmlPage faq = browser.open(ItEnvironment.publicUrl("/faq.xhtml"));
      assertThat(faq.getHtmlElementById("link-delegate-forms").getAttribute("href"))
          .isEqualTo(PAGE);
      HtmlPage page = browser.open(ItEnvironment.publicUrl(PAGE));
      assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
      assertThat(page.getHtmlElementById("form-delegation").getAttribute("href"))
          .isEqualTo(PAGE + "?modulo=delega");
    }
  }

  @Test
  void aPersonFillsTheFormsInChromiumAndAWrongCodiceFiscaleIsBoundToItsField() throws Exception {
    try (Chromium browser = Chromium.withoutCard(getClass())) {
      browser.open(ItEnvironment.publicUrl(PAGE));
      browser.screenshot("01-forms");
      browser.type("titolare", "Łukasz Nguyễn");
      browser.type("cfTitolare", "rssmra80a01h501u");
      browser.type("tessera", "6120016461039008");
      browser.type("delegato", "Giuseppina Verdi");
      browser.type("cfDelegato", "VRDGPP85M41F205Y"); // wrong check character
      browser.type("email", "mario.rossi@example.it");
      browser.click("download-delegation");
      assertThat(browser.attribute("problem", "data-code")).isEqualTo("INVALID_REQUEST");
      assertThat(browser.text("problem"))
          .startsWith("Codice fiscale di chi si presenta allo sportello:");
      assertThat(browser.attribute("cfDelegato", "aria-invalid")).isEqualTo("true");
      assertThat(browser.attribute("cfDelegato", "aria-describedby")).isEqualTo("problem");
      // What was typed is still there, to correct.
      assertThat(browser.attribute("titolare", "value")).isEqualTo("Łukasz Nguyễn");
      browser.screenshot("02-wrong-codice-fiscale");

      browser.type("cfDelegato", "VRDGPP85M41F205X");
      browser.clickToDownload("download-codes-request");
      String text = pdfText(browser.awaitDownload("richiesta-codici-personali.pdf"));
      assertThat(text)
          .contains("Łukasz Nguyễn")
          .contains("RSSMRA80A01H501U")
          .contains("6120016461039008")
          .contains("Giuseppina Verdi")
          .contains("VRDGPP85M41F205X")
          .contains("mario.rossi@example.it")
          .contains("Copia per lo sportello")
          .contains("Copia per il titolare");
    }
    try (Chromium browser = Chromium.withoutCard(getClass(), "en")) {
      browser.open(ItEnvironment.publicUrl(PAGE));
      assertThat(browser.documentLanguage()).isEqualTo("en");
      assertThat(browser.text("download-delegation")).isEqualTo("Download the delegation (PDF)");
      browser.screenshot("03-forms-en");
    }
  }
}
