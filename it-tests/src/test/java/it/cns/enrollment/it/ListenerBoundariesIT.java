package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Each listener serves only its own paths, and the partner listener lets nobody in without a
 * partner certificate.
 */
class ListenerBoundariesIT extends DeployedApplication {

  private static final String SOAP = PartnerSoapIT.ENDPOINT + "?wsdl";
  private static final String PAGE = "/smartcard/primo-accesso.xhtml";

  private static HttpResponse<String> get(KeyStore clientKey, String url)
      throws IOException, InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .sslContext(TestPki.tls(clientKey))
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static KeyStore citizenCard() {
    return TestPki.keyStore(TestPki.card(TestPeople.newCodiceFiscale()));
  }

  @Test
  void partnerListenerRefusesAConnectionWithoutClientCertificate() {
    assertThatThrownBy(() -> get(null, ItEnvironment.partnerUrl(SOAP)))
        .isInstanceOf(IOException.class);
  }

  @Test
  void partnerListenerRefusesACitizensCard() {
    assertThatThrownBy(() -> get(citizenCard(), ItEnvironment.partnerUrl(SOAP)))
        .isInstanceOf(IOException.class);
  }

  @Test
  void partnerListenerServesTheSoapEndpointToAPartner() throws Exception {
    assertThat(get(TestPki.demoPartner(), ItEnvironment.partnerUrl(SOAP)).statusCode())
        .isEqualTo(200);
  }

  @Test
  void soapEndpointIsNotServedOnTheSmartcardListener() throws Exception {
    assertThat(get(citizenCard(), ItEnvironment.smartcardUrl(SOAP)).statusCode()).isEqualTo(404);
    assertThat(get(null, ItEnvironment.smartcardUrl(SOAP)).statusCode()).isEqualTo(404);
  }

  @Test
  void soapEndpointIsNotServedOnThePublicListener() throws Exception {
    assertThat(get(null, ItEnvironment.publicUrl(SOAP)).statusCode()).isEqualTo(404);
  }

  @Test
  void smartcardPageIsNotServedOnThePartnerListener() throws Exception {
    assertThat(get(TestPki.demoPartner(), ItEnvironment.partnerUrl(PAGE)).statusCode())
        .isEqualTo(404);
  }

  @Test
  void smartcardPageIsNotServedOnThePublicListener() throws Exception {
    assertThat(get(null, ItEnvironment.publicUrl(PAGE)).statusCode()).isEqualTo(404);
  }

  @Test
  void publicLandingPageIsServedOnThePublicListenerOnly() throws Exception {
    assertThat(get(null, ItEnvironment.publicUrl("/index.xhtml")).statusCode()).isEqualTo(200);
    assertThat(get(citizenCard(), ItEnvironment.smartcardUrl("/index.xhtml")).statusCode())
        .isEqualTo(404);
  }

  @Test
  void intranetIsServedOnlyOnThePublicListenerEvenToAValidClientCertificate() throws Exception {
    for (String page :
        new String[] {
          "/intranet/accesso.xhtml",
          "/intranet/index.xhtml",
          "/intranet/supervisione/operatori.xhtml",
          "/intranet/"
        }) {
      assertThat(get(citizenCard(), ItEnvironment.smartcardUrl(page)).statusCode())
          .as("smartcard listener, " + page)
          .isEqualTo(404);
      assertThat(get(TestPki.demoPartner(), ItEnvironment.partnerUrl(page)).statusCode())
          .as("partner listener, " + page)
          .isEqualTo(404);
    }
    assertThat(get(null, ItEnvironment.publicUrl("/intranet/accesso.xhtml")).statusCode())
        .isEqualTo(200);
  }

  @Test
  void plainHttpIsRedirectedToThePublicHttpsListener() throws Exception {
    HttpResponse<String> response =
        get(null, "http://localhost:" + ItEnvironment.httpPort() + "/index.xhtml");

    assertThat(response.statusCode()).isIn(301, 302, 307, 308);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(
            l -> assertThat(l).startsWith("https://localhost:" + ItEnvironment.publicPort() + "/"));
  }
}
