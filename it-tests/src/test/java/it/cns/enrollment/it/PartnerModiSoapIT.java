package it.cns.enrollment.it;

import static it.cns.enrollment.it.ModiMessages.SOAP_11;
import static it.cns.enrollment.it.ModiMessages.SOAP_12;
import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.devpki.IssuedCredential;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The partner API's message security profile (ModI ID_AUTH_SOAP_02 + INTEGRITY_SOAP_01) on the real
 * server: a partner that must sign gets its signed calls answered, signed by the server; an
 * unsigned call, a tampered body, a stale Timestamp, a replayed MessageID and a signature by
 * another partner's key are each refused with their own code and audited; a partner that need not
 * sign keeps calling unsigned.
 */
class PartnerModiSoapIT extends DeployedApplication {

  private static final String SIGNING = "Signing Partner";
  private static final String OTHER = "Other Partner";

  private static IssuedCredential signing;
  private static IssuedCredential other;

  @BeforeAll
  static void registerThePartners() throws Exception {
    TestDatabase.registerPartner("Demo ASL Partner", TestPki.demoPartnerCertificate());
    signing = TestPki.partnerCa().issuePartner(SIGNING, "ASL Firmataria");
    other = TestPki.partnerCa().issuePartner(OTHER, "ASL Altra");
    TestDatabase.registerPartner(SIGNING, signing.certificate());
    TestDatabase.registerPartner(OTHER, other.certificate());
    TestDatabase.requireSignature(SIGNING);
  }

  @Test
  void aSignedCallIsAnsweredAndTheAnswerIsSignedByTheServerOnBothPorts() throws Exception {
    for (String soap : new String[] {SOAP_11, SOAP_12}) {
      String endpoint = endpoint(soap);
      String signed =
          ModiMessages.sign(
              status(soap),
              keyOf(signing),
              "client",
              url(endpoint),
              ModiMessages.newMessageId(),
              Instant.now());

      HttpResponse<String> answer = post(keyOf(signing), endpoint, soap, signed);

      assertThat(answer.statusCode()).as(soap).isEqualTo(200);
      assertThat(answer.body()).contains("NOT_ENABLED").doesNotContain("Fault");
      X509Certificate server = ModiMessages.verifiedSigner(answer.body());
      assertThat(server.getSubjectX500Principal().getName()).as(soap).contains("localhost");
    }
  }

  @Test
  void anUnsignedCallOfAPartnerThatMustSignIsRefused() throws Exception {
    HttpResponse<String> answer =
        post(keyOf(signing), PartnerSoapIT.ENDPOINT, SOAP_11, status(SOAP_11));

    assertRefused(answer, "SIGNATURE_REQUIRED");
    assertThat(answer.body()).contains("<faultcode>soap:Client</faultcode>");
  }

  @Test
  void aBodyChangedAfterSigningIsRefused() throws Exception {
    String signed = signedStatus(signing, ModiMessages.newMessageId(), Instant.now());
    String cf = signed.replaceAll("(?s).*<v1:codiceFiscale>([A-Z0-9]{16})<.*", "$1");
    String tampered = signed.replace(cf, TestPeople.newCodiceFiscale());

    assertRefused(
        post(keyOf(signing), PartnerSoapIT.ENDPOINT, SOAP_11, tampered), "SIGNATURE_INVALID");
  }

  @Test
  void aStaleTimestampIsRefused() throws Exception {
    String stale =
        signedStatus(signing, ModiMessages.newMessageId(), Instant.now().minusSeconds(900));

    assertRefused(post(keyOf(signing), PartnerSoapIT.ENDPOINT, SOAP_11, stale), "MESSAGE_EXPIRED");
  }

  @Test
  void aReplayedMessageIdIsRefusedEvenInANewlySignedMessage() throws Exception {
    String id = ModiMessages.newMessageId();
    String first = signedStatus(signing, id, Instant.now());
    String again = signedStatus(signing, id, Instant.now().plusSeconds(1));

    assertThat(post(keyOf(signing), PartnerSoapIT.ENDPOINT, SOAP_11, first).statusCode())
        .isEqualTo(200);
    assertRefused(post(keyOf(signing), PartnerSoapIT.ENDPOINT, SOAP_11, first), "MESSAGE_REPLAYED");
    assertRefused(post(keyOf(signing), PartnerSoapIT.ENDPOINT, SOAP_11, again), "MESSAGE_REPLAYED");
  }

  @Test
  void aSignatureByAnotherPartnersKeyIsRefused() throws Exception {
    String signedByOther = signedStatus(other, ModiMessages.newMessageId(), Instant.now());

    assertRefused(
        post(keyOf(signing), PartnerSoapIT.ENDPOINT, SOAP_11, signedByOther), "SIGNER_NOT_PARTNER");
  }

  @Test
  void aPartnerThatNeedNotSignCallsUnsignedOrSigned() throws Exception {
    KeyStore demo = TestPki.demoPartner();
    HttpResponse<String> unsigned = post(demo, PartnerSoapIT.ENDPOINT, SOAP_11, status(SOAP_11));
    String signed =
        ModiMessages.sign(
            status(SOAP_11),
            demo,
            it.cns.enrollment.devpki.DevPki.PARTNER_ALIAS,
            url(PartnerSoapIT.ENDPOINT),
            ModiMessages.newMessageId(),
            Instant.now());
    HttpResponse<String> signedAnswer = post(demo, PartnerSoapIT.ENDPOINT, SOAP_11, signed);

    assertThat(unsigned.statusCode()).isEqualTo(200);
    assertThat(unsigned.body()).doesNotContain("Security");
    assertThat(signedAnswer.statusCode()).isEqualTo(200);
    assertThat(ModiMessages.verifiedSigner(signedAnswer.body())).isNotNull();
  }

  private void assertRefused(HttpResponse<String> answer, String code) {
    assertThat(answer.statusCode()).isEqualTo(500);
    assertThat(answer.body()).contains("<code>" + code + "</code>").doesNotContain("NOT_ENABLED");
    assertThat(TestDatabase.partnerCallOutcomes(signing.certificate())).contains(code);
  }

  private static String signedStatus(IssuedCredential signer, String messageId, Instant at)
      throws Exception {
    return ModiMessages.sign(
        status(SOAP_11), keyOf(signer), "client", url(PartnerSoapIT.ENDPOINT), messageId, at);
  }

  private static String status(String soap) {
    return ModiMessages.envelope(
        soap,
        "<v1:registrationStatus><v1:codiceFiscale>"
            + TestPeople.newCodiceFiscale()
            + "</v1:codiceFiscale></v1:registrationStatus>");
  }

  private static KeyStore keyOf(IssuedCredential credential) {
    return TestPki.keyStore(credential);
  }

  private static String endpoint(String soap) {
    return soap.equals(SOAP_12) ? PartnerSoap12IT.ENDPOINT_12 : PartnerSoapIT.ENDPOINT;
  }

  private static String url(String endpoint) {
    return ItEnvironment.partnerUrl(endpoint);
  }

  private static HttpResponse<String> post(
      KeyStore key, String endpoint, String soap, String envelope) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .sslContext(TestPki.tls(key))
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String type = soap.equals(SOAP_12) ? "application/soap+xml" : "text/xml";
    return http.send(
        HttpRequest.newBuilder(URI.create(url(endpoint)))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", type + "; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(envelope))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
