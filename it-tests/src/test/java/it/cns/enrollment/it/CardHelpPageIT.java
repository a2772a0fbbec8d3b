package it.cns.enrollment.it;

import static it.cns.enrollment.it.Browser.text;
import static org.assertj.core.api.Assertions.assertThat;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The help page on using the card and setting up each browser (issue #18, piece 3): served on the
 * public listener in both languages, in the site's layout, reached from the landing page's browser
 * note and from the footer of every page, and only from the public listener's origin.
 */
class CardHelpPageIT extends DeployedApplication {

  private static final String HELP = "/guida-smartcard.xhtml";
  private static final String[] SECTIONS = {
    "help-card", "help-firefox", "help-windows", "help-macos", "help-linux", "help-trouble"
  };

  private static HtmlPage open(Browser browser, String language, String path) throws Exception {
    browser.header("Accept-Language", language);
    HtmlPage page = browser.open(ItEnvironment.publicUrl(path));
    assertThat(page.getWebResponse().getStatusCode()).as(path).isEqualTo(200);
    return page;
  }

  @Test
  void theHelpPageExplainsTheCardAndEveryBrowserInItalian() throws Exception {
    try (Browser browser = Browser.withoutCard()) {
      HtmlPage page = open(browser, "it-IT,it;q=0.9", HELP);

      assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("it");
      assertThat(page.getTitleText()).startsWith("Come usare la smartcard");
      for (String section : SECTIONS) {
        assertThat(page.getElementById(section)).as(section).isNotNull();
      }
      assertThat(text(page, "help-firefox")).contains("Dispositivi di sicurezza", "PKCS#11");
      assertThat(text(page, "help-windows")).contains("Chrome ed Edge");
      assertThat(text(page, "help-macos")).contains("Accesso Portachiavi");
      assertThat(text(page, "help-linux-command"))
          .startsWith("modutil -dbdir sql:$HOME/.pki/nssdb");
      assertThat(text(page, "help-card")).contains("PIN", "PUK", "middleware");
      // The site's layout: the header, the footer and its link to this very page.
      assertThat(page.getElementById("lang-en")).isNotNull();
      assertThat(page.getHtmlElementById("footer-card-help").getAttribute("href")).endsWith(HELP);
    }
  }

  @Test
  void theHelpPageIsInEnglishForAnEnglishVisitor() throws Exception {
    try (Browser browser = Browser.withoutCard()) {
      HtmlPage page = open(browser, "en-GB,en;q=0.8", HELP);

      assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("en");
      assertThat(page.getTitleText()).startsWith("How to use the smartcard");
      for (String section : SECTIONS) {
        assertThat(page.getElementById(section)).as(section).isNotNull();
      }
      assertThat(text(page, "help-firefox")).contains("Security Devices");
      assertThat(text(page, "help-macos")).contains("Keychain Access");
      assertThat(text(page, "help-linux-command")).endsWith("/path/to/the/library.so");
    }
  }

  @Test
  void theLandingPagesBrowserNoteAndEveryFooterLinkToIt() throws Exception {
    try (Browser browser = Browser.withoutCard()) {
      HtmlPage landing = open(browser, "it-IT,it;q=0.9", "/");
      assertThat(landing.getHtmlElementById("link-card-help").getAttribute("href")).isEqualTo(HELP);
      assertThat(landing.getHtmlElementById("link-card-help").getParentNode().getTextContent())
          .contains("Firefox");

      HtmlPage faq = open(browser, "en-GB,en;q=0.8", "/faq.xhtml");
      assertThat(faq.getHtmlElementById("footer-card-help").getTextContent().trim())
          .isEqualTo("Smartcard guide");
    }
  }

  @Test
  void theSmartcardListenerLinksToTheHelpPageOnThePublicListener() throws Exception {
    try (Browser browser = Browser.withoutCard()) {
      HtmlPage accedi = browser.open(ItEnvironment.smartcardUrl("/smartcard/accedi.xhtml"));
      assertThat(accedi.getHtmlElementById("footer-card-help").getAttribute("href"))
          .isEqualTo(ItEnvironment.publicUrl(HELP));
      HtmlPage refused = browser.open(ItEnvironment.smartcardUrl(HELP));
      assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(404);
    }
  }
}
