package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.devpki.CardProfile;
import it.cns.enrollment.devpki.CertificateAuthority;
import it.cns.enrollment.devpki.IssuedCredential;
import it.cns.enrollment.devpki.OcspResponderServer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * Every card the application refuses gets a page on the smartcard listener that says what is wrong
 * and what to do: the TLS layer lets any card through, the certificate service judges.
 */
class CardRefusalPagesIT extends DeployedApplication {

  private static final String PAGE = "/smartcard/primo-accesso.xhtml";
  private static final Instant NOW = Instant.now();

  /** Opens the page with the card, checks the refusal code and Italian text, binds nothing. */
  private static void assertRefused(IssuedCredential card, String code, String italianText)
      throws Exception {
    try (Browser browser = Browser.withCard(TestPki.keyStore(card))) {
      HtmlPage page = browser.open(ItEnvironment.smartcardUrl(PAGE));

      assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
      assertThat(page.getHtmlElementById("problem").getAttribute("data-code")).isEqualTo(code);
      assertThat(Browser.text(page, "problem")).contains(italianText);
      assertThat(page.getElementById("bind-form")).as("no way to bind a refused card").isNull();
    }
  }

  private static String enabledPerson() {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    return cf;
  }

  @Test
  void explainsAnExpiredCard() throws Exception {
    String cf = enabledPerson();
    assertRefused(
        TestPki.card(
            TestPki.profile(cf)
                .withValidity(NOW.minus(900, ChronoUnit.DAYS), NOW.minus(1, ChronoUnit.DAYS))),
        "EXPIRED",
        "scadut");
    assertThat(TestDatabase.bindingCount(cf)).isZero();
  }

  @Test
  void explainsACardNotValidYet() throws Exception {
    assertRefused(
        TestPki.card(
            TestPki.profile(enabledPerson())
                .withValidity(NOW.plus(2, ChronoUnit.DAYS), NOW.plus(900, ChronoUnit.DAYS))),
        "NOT_YET_VALID",
        "non è ancora valid");
  }

  @Test
  void explainsACardOfAnIssuerThatIsNotACnsAuthority() throws Exception {
    CertificateAuthority foreign = CertificateAuthority.newRoot("Foreign CA Cittadini", "Foreign");
    assertRefused(
        foreign.issueCard(CardProfile.forCodiceFiscale(enabledPerson())),
        "UNTRUSTED_ISSUER",
        "non è stat");
  }

  @Test
  void explainsThatAPartnersCertificateIsNoCardRatherThanAnUnreadableOne() throws Exception {
    assertRefused(
        TestPki.partnerCa().issuePartner("Demo ASL Partner", "ASL Demo"),
        "UNTRUSTED_ISSUER",
        "Carta Nazionale dei Servizi");
  }

  @Test
  void explainsACertificateWithoutTheCnsPolicy() throws Exception {
    assertRefused(
        TestPki.card(TestPki.profile(enabledPerson()).withPolicies("1.3.6.1.4.1.99999.1")),
        "NOT_CNS_POLICY",
        "Carta Nazionale dei Servizi");
  }

  @Test
  void explainsACertificateThatIsNotForAuthentication() throws Exception {
    assertRefused(
        TestPki.card(
            TestPki.profile(enabledPerson())
                .withKeyUsage(KeyUsage.nonRepudiation)
                .withExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection)),
        "WRONG_KEY_USAGE",
        "autenticazione");
  }

  @Test
  void explainsACertificateWithoutAReadableCodiceFiscale() throws Exception {
    assertRefused(
        TestPki.card(TestPki.profile(enabledPerson()).withSubjectCommonName("MARIO ROSSI")),
        "CF_UNREADABLE",
        "codice fiscale");
  }

  @Test
  void explainsACertificateWhoseCodiceFiscaleIsWrong() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    char wrong = cf.charAt(15) == 'A' ? 'B' : 'A';
    String badCf = cf.substring(0, 15) + wrong;
    assertRefused(
        TestPki.card(
            TestPki.profile(cf)
                .withSubjectCommonName(
                    badCf + "/" + CardProfile.randomCardId() + "." + CardProfile.randomHash())),
        "CF_INVALID",
        "codice fiscale");
  }

  @Test
  void explainsARevokedCardAsTheOcspResponderSays() throws Exception {
    OcspResponderServer ocsp = TestRevocation.ocsp();
    IssuedCredential card =
        TestPki.card(TestPki.profile(enabledPerson()).withOcspResponder(ocsp.url()));
    ocsp.revoke(card.certificate().getSerialNumber());

    assertRefused(card, "REVOKED", "revocat");
  }

  @Test
  void refusesACardWhoseRevocationStatusCannotBeLearned() throws Exception {
    // Fail-closed: no OCSP answer (responder unreachable) and no CRL to fall back on.
    IssuedCredential card =
        TestPki.card(
            CardProfile.forCodiceFiscale(enabledPerson()).withOcspResponder("http://127.0.0.1:9/"));

    assertRefused(card, "REVOCATION_UNKNOWN", "revoca");
  }
}
