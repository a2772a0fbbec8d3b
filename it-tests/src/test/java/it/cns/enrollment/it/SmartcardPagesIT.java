package it.cns.enrollment.it;

import static it.cns.enrollment.it.Browser.text;
import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.devpki.IssuedCredential;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSubmitInput;
import org.junit.jupiter.api.Test;

/** Primo accesso through the JSF page on the smartcard listener, with real client certificates. */
class SmartcardPagesIT extends DeployedApplication {

  private static final String PRIMO_ACCESSO = "/smartcard/primo-accesso.xhtml";

  @Test
  void bindsTheCardOfAnAlreadyEnabledFisconlineUser() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    IssuedCredential card = TestPki.card(cf);

    try (Browser browser = Browser.withCard(TestPki.keyStore(card))) {
      HtmlPage page = browser.open(ItEnvironment.smartcardUrl(PRIMO_ACCESSO));
      assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
      assertThat(text(page, "card-cf")).isEqualTo(cf);
      assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("it");

      HtmlPage confirmation = page.<HtmlSubmitInput>getHtmlElementById("bind-form:bind").click();

      assertThat(text(confirmation, "bound-cf")).isEqualTo(cf);
      assertThat(text(confirmation, "bound-type")).isEqualTo("FISCONLINE");
      assertThat(confirmation.getElementById("bound-site")).isNull();
    }
    assertThat(TestDatabase.bindingSites(cf)).containsExactly("-");
    assertThat(TestDatabase.auditOutcomes(cf, "CARD_BIND")).containsExactly("OK");
  }

  @Test
  void bindsTheCardOfAnEntratelUserToSite000() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableEntratel(cf, "000", "001");

    try (Browser browser = Browser.withCard(TestPki.keyStore(TestPki.card(cf)))) {
      HtmlPage page = browser.open(ItEnvironment.smartcardUrl(PRIMO_ACCESSO));
      HtmlPage confirmation = page.<HtmlSubmitInput>getHtmlElementById("bind-form:bind").click();

      assertThat(text(confirmation, "bound-type")).isEqualTo("ENTRATEL");
      assertThat(text(confirmation, "bound-site")).isEqualTo("000");
    }
    assertThat(TestDatabase.bindingSites(cf)).containsExactly("000");
  }

  @Test
  void explainsWhatToDoWhenNoCertificateIsPresented() throws Exception {
    try (Browser browser = Browser.withoutCard()) {
      HtmlPage page = browser.open(ItEnvironment.smartcardUrl(PRIMO_ACCESSO));

      assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
      assertThat(page.getHtmlElementById("problem").getAttribute("data-code"))
          .isEqualTo("NO_CERTIFICATE");
      assertThat(text(page, "problem")).contains("Inserisca la carta nel lettore");
      assertThat(page.getElementById("bind-form")).isNull();
    }
  }

  @Test
  void refusesACardWhoseCodiceFiscaleHasNoEnabledAccountAndWritesNothing() throws Exception {
    String cf = TestPeople.newCodiceFiscale();

    try (Browser browser = Browser.withCard(TestPki.keyStore(TestPki.card(cf)))) {
      HtmlPage page = browser.open(ItEnvironment.smartcardUrl(PRIMO_ACCESSO));
      HtmlPage answer = page.<HtmlSubmitInput>getHtmlElementById("bind-form:bind").click();

      assertThat(answer.getHtmlElementById("problem").getAttribute("data-code"))
          .isEqualTo("NOT_ENABLED");
      assertThat(text(answer, "problem")).contains("abilitazione tramite smartcard");
      assertThat(answer.getElementById("offer-abilitazione")).isNotNull();
    }
    assertThat(TestDatabase.bindingCount(cf)).isZero();
    assertThat(TestDatabase.auditOutcomes(cf, "CARD_BIND")).containsExactly("NOT_ENABLED");
  }

  @Test
  void refusesACardThatIsAlreadyBoundAndKeepsTheFirstBinding() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    IssuedCredential card = TestPki.card(cf);

    try (Browser browser = Browser.withCard(TestPki.keyStore(card))) {
      HtmlPage first = browser.open(ItEnvironment.smartcardUrl(PRIMO_ACCESSO));
      first.<HtmlSubmitInput>getHtmlElementById("bind-form:bind").click();

      HtmlPage again = browser.open(ItEnvironment.smartcardUrl(PRIMO_ACCESSO));
      HtmlPage answer = again.<HtmlSubmitInput>getHtmlElementById("bind-form:bind").click();

      assertThat(answer.getHtmlElementById("problem").getAttribute("data-code"))
          .isEqualTo("CARD_ALREADY_BOUND");
    }
    assertThat(TestDatabase.bindingCount(cf)).isEqualTo(1);
    assertThat(TestDatabase.auditOutcomes(cf, "CARD_BIND"))
        .containsExactly("OK", "CARD_ALREADY_BOUND");
  }

  @Test
  void showsThePageInEnglishWhenTheBrowserAsksForIt() throws Exception {
    try (Browser browser = Browser.withoutCard()) {
      browser.header("Accept-Language", "en-GB,en;q=0.8");
      HtmlPage page = browser.open(ItEnvironment.smartcardUrl(PRIMO_ACCESSO));

      assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("en");
      assertThat(text(page, "problem")).contains("Insert the card in the reader");
    }
  }
}
