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
import javax.net.ssl.SSLSocket;
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

  /** The protocol a handshake with only {@code protocol} enabled on the client agrees on. */
  private static String negotiated(KeyStore clientKey, int port, String protocol)
      throws IOException {
    try (SSLSocket socket =
        (SSLSocket) TestPki.tls(clientKey).getSocketFactory().createSocket("localhost", port)) {
      socket.setSoTimeout(10_000);
      socket.setEnabledProtocols(new String[] {protocol});
      socket.startHandshake();
      return socket.getSession().getProtocol();
    }
  }

  private static KeyStore citizenCard() {
    return TestPki.keyStore(TestPki.card(TestPeople.newCodiceFiscale()));
  }

  /**
   * TLS 1.3 on every listener (Elytron enables it only with cipher-suite-names, 30-tls.cli), TLS
   * 1.2 still accepted for older card middleware and partner stacks.
   */
  @Test
  void everyListenerNegotiatesTls13AndStillAcceptsTls12() throws Exception {
    KeyStore card = citizenCard();
    for (String protocol : new String[] {"TLSv1.3", "TLSv1.2"}) {
      assertThat(negotiated(null, ItEnvironment.publicPort(), protocol))
          .as("public listener")
          .isEqualTo(protocol);
      assertThat(negotiated(card, ItEnvironment.smartcardPort(), protocol))
          .as("smartcard listener")
          .isEqualTo(protocol);
      assertThat(negotiated(TestPki.demoPartner(), ItEnvironment.partnerPort(), protocol))
          .as("partner listener")
          .isEqualTo(protocol);
    }
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
