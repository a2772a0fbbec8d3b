package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.cns.enrollment.contract.partner.v1.CardBinding;
import it.cns.enrollment.contract.partner.v1.EnrollmentFault;
import it.cns.enrollment.contract.partner.v1.PartnerEnrollment;
import it.cns.enrollment.contract.partner.v1.RegistrationState;
import it.cns.enrollment.devpki.IssuedCredential;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The partner API's SOAP 1.2 port beside the 1.1 one, in the same v1 contract, and the SOAP fault
 * codes of both: a refusal of what the partner sent is the sender's ({@code soap:Client} / {@code
 * env:Sender}), always with the typed {@code enrollmentFault} detail, and an input fault names the
 * field and the reason.
 */
class PartnerSoap12IT extends DeployedApplication {

  static final String ENDPOINT_12 = "/partner/v1/enrollment-soap12";

  private static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";
  private static final String SOAP_12 = "http://www.w3.org/2003/05/soap-envelope";

  private final PartnerEnrollment partner12 =
      PartnerClient.soap12(TestPki.demoPartner(), ItEnvironment.partnerUrl(ENDPOINT_12));

  @BeforeAll
  static void registerTheDemoPartner() throws Exception {
    TestDatabase.registerPartner("Demo ASL Partner", TestPki.demoPartnerCertificate());
  }

  @Test
  void theGeneratedClientBindsACardOverSoap12() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableEntratel(cf);
    IssuedCredential card = TestPki.card(cf);

    CardBinding binding =
        partner12.bindSmartcard("it12-" + UUID.randomUUID(), CardProofs.present(partner12, card));

    assertThat(binding.getCodiceFiscale()).isEqualTo(cf);
    assertThat(binding.getEntratelSite()).isEqualTo("000");
    assertThat(TestDatabase.bindingSites(cf)).containsExactly("000");
    assertThat(partner12.registrationStatus(cf).getState()).isEqualTo(RegistrationState.ENTRATEL);
    assertThat(partner12.listBindings(cf)).hasSize(1);
  }

  @Test
  void theGeneratedClientGetsTypedFaultsOverSoap12() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    IssuedCredential card = TestPki.card(cf);

    EnrollmentFault notEnabled =
        catchThrowableOfType(
            EnrollmentFault.class,
            () ->
                partner12.bindSmartcard(
                    "it12-" + UUID.randomUUID(), CardProofs.present(partner12, card)));
    EnrollmentFault badCf =
        catchThrowableOfType(
            EnrollmentFault.class, () -> partner12.registrationStatus(wrongCheckCharacter()));

    assertThat(notEnabled).isNotNull();
    assertThat(notEnabled.getFaultInfo().getCode()).isEqualTo("NOT_ENABLED");
    assertThat(badCf).isNotNull();
    assertThat(badCf.getFaultInfo().getCode()).isEqualTo("INVALID_REQUEST");
    assertThat(badCf.getFaultInfo().getField()).isEqualTo("/registrationStatus/codiceFiscale");
    assertThat(badCf.getFaultInfo().getMessageEn()).contains("check character");
    assertThat(badCf.getFaultInfo().getMessageIt()).contains("carattere di controllo");
    assertThat(TestDatabase.bindingCount(cf)).isZero();
  }

  @Test
  void aWrongCheckCharacterIsTheSendersFaultNamingTheFieldAndTheReasonOnBothPorts()
      throws Exception {
    String body =
        "<v1:registrationStatus><v1:codiceFiscale>"
            + wrongCheckCharacter()
            + "</v1:codiceFiscale></v1:registrationStatus>";

    HttpResponse<String> soap11 = post11(TestPki.demoPartner(), body);
    HttpResponse<String> soap12 = post12(TestPki.demoPartner(), body);

    assertThat(soap11.statusCode()).isEqualTo(500);
    assertThat(soap11.body())
        .contains("<faultcode>soap:Client</faultcode>")
        .contains("<code>INVALID_REQUEST</code>")
        .contains("<field>/registrationStatus/codiceFiscale</field>")
        .contains("check character");
    assertThat(soap12.statusCode()).isEqualTo(500);
    assertThat(soap12.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/soap+xml");
    assertThat(soap12.body())
        .contains(SOAP_12)
        .containsPattern("<soap:Value>soap:Sender</soap:Value>")
        .contains("<code>INVALID_REQUEST</code>")
        .contains("<field>/registrationStatus/codiceFiscale</field>");
  }

  @Test
  void aBusinessRefusalIsTheSendersFaultOnBothPorts() throws Exception {
    var stranger = TestPki.partnerCa().issuePartner("Unregistered Partner 12", "Nessuno");
    KeyStore key = TestPki.keyStore(stranger);

    HttpResponse<String> soap11 = post11(key, "<v1:requestChallenge/>");
    HttpResponse<String> soap12 = post12(key, "<v1:requestChallenge/>");

    assertThat(soap11.body())
        .contains("<faultcode>soap:Client</faultcode>")
        .contains("<code>NOT_AUTHORISED</code>");
    assertThat(soap12.body())
        .contains("<soap:Value>soap:Sender</soap:Value>")
        .contains("<code>NOT_AUTHORISED</code>");
  }

  @Test
  void anUnknownOperationAndASchemaBreachAreTypedSenderFaultsOnBothPorts() throws Exception {
    String unknown = "<v1:deleteEverything/>";
    String breach = "<v1:listBindings><v1:codiceFiscale>x</v1:codiceFiscale></v1:listBindings>";

    for (String body : new String[] {unknown, breach}) {
      assertThat(post11(TestPki.demoPartner(), body).body())
          .as(body)
          .contains("<faultcode>soap:Client</faultcode>")
          .contains("<code>INVALID_REQUEST</code>");
      assertThat(post12(TestPki.demoPartner(), body).body())
          .as(body)
          .contains("<soap:Value>soap:Sender</soap:Value>")
          .contains("<code>INVALID_REQUEST</code>");
    }
    assertThat(post12(TestPki.demoPartner(), breach).body())
        .contains("<field>/listBindings/codiceFiscale</field>");
  }

  /**
   * CXF answers a SOAP 1.1 envelope sent to the 1.2 address in SOAP 1.1 (the reverse is a
   * VersionMismatch, PartnerSoapAbuseIT): a 1.1 client given the wrong address still works.
   */
  @Test
  void aSoap11EnvelopeOnTheSoap12AddressIsAnsweredInSoap11() throws Exception {
    HttpResponse<String> response =
        post(
            TestPki.demoPartner(),
            ENDPOINT_12,
            "text/xml; charset=utf-8",
            envelope(SOAP_11, "<v1:requestChallenge/>"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains(SOAP_11).doesNotContain(SOAP_12).contains("challengeId");
  }

  @Test
  void theWsdlNamesBothPortsWithThePartnerListenersAddresses() throws Exception {
    HttpClient http =
        HttpClient.newBuilder().sslContext(TestPki.tls(TestPki.demoPartner())).build();
    HttpResponse<String> wsdl =
        http.send(
            HttpRequest.newBuilder(URI.create(ItEnvironment.partnerUrl(ENDPOINT_12 + "?wsdl")))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(wsdl.statusCode()).isEqualTo(200);
    assertThat(wsdl.body())
        .contains("PartnerEnrollmentSoapBinding")
        .contains("PartnerEnrollmentSoap12Binding")
        .contains("http://schemas.xmlsoap.org/wsdl/soap12/")
        .contains(":" + ItEnvironment.partnerPort() + ENDPOINT_12);
  }

  /** A valid codice fiscale with its last character changed. */
  private static String wrongCheckCharacter() {
    String cf = TestPeople.newCodiceFiscale();
    char last = cf.charAt(15);
    return cf.substring(0, 15) + (last == 'A' ? 'B' : 'A');
  }

  private static String envelope(String soapNamespace, String body) {
    return "<?xml version=\"1.0\"?><env:Envelope xmlns:env=\""
        + soapNamespace
        + "\" xmlns:v1=\"urn:cns-enrollment:partner:v1\"><env:Body>"
        + body
        + "</env:Body></env:Envelope>";
  }

  private static HttpResponse<String> post11(KeyStore key, String body) throws Exception {
    return post(key, PartnerSoapIT.ENDPOINT, "text/xml; charset=utf-8", envelope(SOAP_11, body));
  }

  private static HttpResponse<String> post12(KeyStore key, String body) throws Exception {
    return post(key, ENDPOINT_12, "application/soap+xml; charset=utf-8", envelope(SOAP_12, body));
  }

  private static HttpResponse<String> post(
      KeyStore key, String endpoint, String contentType, String envelope) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .sslContext(TestPki.tls(key))
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    return http.send(
        HttpRequest.newBuilder(URI.create(ItEnvironment.partnerUrl(endpoint)))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(envelope))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
