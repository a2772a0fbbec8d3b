package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The server's two keys (30-tls.cli, issue #19): a client that offers only ECDSA signatures gets
 * the P-256 certificate, one that offers only RSA ones the RSA certificate, on the listeners that
 * take client certificates - and either way the client certificate is still asked for and read.
 */
class ServerKeysIT extends DeployedApplication {

  enum Offer {
    ECDSA(OpenSslClient.ECDSA_SCHEMES, "Server public key is 256 bit", "ECDSA"),
    RSA(OpenSslClient.RSA_SCHEMES, "Server public key is 2048 bit", "RSA-PSS");

    final String schemes;
    final String serverKey;
    final String signature;

    Offer(String schemes, String serverKey, String signature) {
      this.schemes = schemes;
      this.serverKey = serverKey;
      this.signature = signature;
    }
  }

  @TempDir Path files;

  @BeforeAll
  static void registerThePartner() throws Exception {
    TestDatabase.registerPartner("Demo ASL Partner", TestPki.demoPartnerCertificate());
  }

  @ParameterizedTest
  @EnumSource(Offer.class)
  void smartcardListenerSignsWithTheOfferedKeyAndStillReadsTheCard(Offer offer) throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);

    String out =
        OpenSslClient.to(files, ItEnvironment.smartcardPort())
            .tls13()
            .offering(offer.schemes)
            .presenting(TestPki.card(cf), "card")
            .exchange(OpenSslClient.get("/smartcard/primo-accesso.xhtml"));

    assertServedWith(out, offer);
    assertThat(out).contains("HTTP/1.1 200").contains("id=\"card-cf\"").contains(cf);
  }

  @ParameterizedTest
  @EnumSource(Offer.class)
  void partnerListenerSignsWithTheOfferedKeyAndStillAuthorisesThePartner(Offer offer)
      throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);

    String out =
        OpenSslClient.to(files, ItEnvironment.partnerPort())
            .tls13()
            .offering(offer.schemes)
            .presentingThePartner()
            .exchange(registrationStatus(cf));

    assertServedWith(out, offer);
    assertThat(out).contains("HTTP/1.1 200").contains("FISCONLINE");
  }

  @Test
  void partnerListenerStillRequiresACertificateFromAnEcdsaClient() throws Exception {
    String out =
        OpenSslClient.to(files, ItEnvironment.partnerPort())
            .tls13()
            .offering(Offer.ECDSA.schemes)
            .exchange(registrationStatus(TestPeople.newCodiceFiscale()));

    assertThat(out).contains("alert").doesNotContain("HTTP/1.1");
  }

  @Test
  void smartcardListenerStillAsksAnEcdsaClientForItsCard() throws Exception {
    String out =
        OpenSslClient.to(files, ItEnvironment.smartcardPort())
            .tls13()
            .offering(Offer.ECDSA.schemes)
            .exchange(OpenSslClient.get("/smartcard/primo-accesso.xhtml"));

    assertThat(out).contains(Offer.ECDSA.serverKey).contains("data-code=\"NO_CERTIFICATE\"");
  }

  /** The public listener offers the EC key to an ECDSA client too (no client certificate). */
  @Test
  void publicListenerSignsWithTheEcKeyForAnEcdsaClient() throws Exception {
    String out =
        OpenSslClient.to(files, ItEnvironment.publicPort())
            .tls13()
            .offering(Offer.ECDSA.schemes)
            .exchange(OpenSslClient.get("/index.xhtml"));

    assertServedWith(out, Offer.ECDSA);
    assertThat(out).contains("HTTP/1.1 200");
  }

  private static void assertServedWith(String out, Offer offer) {
    assertThat(out)
        .contains("Verify return code: 0 (ok)")
        .contains("TLSv1.3")
        .contains(offer.serverKey)
        .contains("Peer signature type: " + offer.signature);
  }

  static String registrationStatus(String cf) {
    return OpenSslClient.postXml(
        PartnerSoapIT.ENDPOINT,
        "<?xml version=\"1.0\"?><soapenv:Envelope"
            + " xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:v1=\"urn:cns-enrollment:partner:v1\"><soapenv:Body>"
            + "<v1:registrationStatus><v1:codiceFiscale>"
            + cf
            + "</v1:codiceFiscale></v1:registrationStatus>"
            + "</soapenv:Body></soapenv:Envelope>");
  }
}
