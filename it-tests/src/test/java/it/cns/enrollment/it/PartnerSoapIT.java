package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.cns.enrollment.contract.partner.v1.AccountType;
import it.cns.enrollment.contract.partner.v1.CardBinding;
import it.cns.enrollment.contract.partner.v1.EnrollmentFault;
import it.cns.enrollment.contract.partner.v1.PartnerEnrollment;
import jakarta.xml.ws.WebServiceException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The partner SOAP API on the partner listener, through the client generated from our WSDL. */
class PartnerSoapIT extends DeployedApplication {

  static final String ENDPOINT = "/partner/v1/enrollment";

  private final PartnerEnrollment partner = PartnerClient.demoPartner();

  private static String requestId() {
    return "it-" + UUID.randomUUID();
  }

  @Test
  void bindsTheCardOfAnEnabledUserAndTheBindingIsInTheDatabase() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    byte[] certificate = TestPki.card(cf).certificate().getEncoded();

    CardBinding binding = partner.bindSmartcard(requestId(), certificate);

    assertThat(binding.getCodiceFiscale()).isEqualTo(cf);
    assertThat(binding.getAccountType()).isEqualTo(AccountType.FISCONLINE);
    assertThat(binding.getEntratelSite()).isNull();
    assertThat(binding.getMaskedCardId()).matches("\\*{12}[0-9]{4}");
    assertThat(TestDatabase.bindingSites(cf)).containsExactly("-");
    assertThat(TestDatabase.auditOutcomes(cf, "CARD_BIND")).containsExactly("OK");
  }

  @Test
  void bindsTheCardOfAnEntratelUserToSite000EvenWhenTheAccountListedNoSite() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableEntratel(cf);

    CardBinding binding =
        partner.bindSmartcard(requestId(), TestPki.card(cf).certificate().getEncoded());

    assertThat(binding.getAccountType()).isEqualTo(AccountType.ENTRATEL);
    assertThat(binding.getEntratelSite()).isEqualTo("000");
    assertThat(TestDatabase.bindingSites(cf)).containsExactly("000");
  }

  @Test
  void answersNotEnabledForACardWhoseCodiceFiscaleHasNoAccount() throws Exception {
    String cf = TestPeople.newCodiceFiscale();

    EnrollmentFault fault =
        fault(
            () -> partner.bindSmartcard(requestId(), TestPki.card(cf).certificate().getEncoded()));

    assertThat(fault.getFaultInfo().getCode()).isEqualTo("NOT_ENABLED");
    assertThat(fault.getFaultInfo().getMessageIt()).contains("Fisconline");
    assertThat(fault.getFaultInfo().getMessageEn()).contains("not enabled");
    assertThat(TestDatabase.bindingCount(cf)).isZero();
  }

  @Test
  void answersAlreadyBoundForACardBoundBeforeAndWritesNothingMore() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    byte[] certificate = TestPki.card(cf).certificate().getEncoded();
    partner.bindSmartcard(requestId(), certificate);

    String second = requestId();
    EnrollmentFault fault = fault(() -> partner.bindSmartcard(second, certificate));

    assertThat(fault.getFaultInfo().getCode()).isEqualTo("CARD_ALREADY_BOUND");
    assertThat(fault.getFaultInfo().getRequestId()).isEqualTo(second);
    assertThat(TestDatabase.bindingCount(cf)).isEqualTo(1);
  }

  @Test
  void answersCertificateMalformedForBytesThatAreNoCertificate() {
    byte[] garbage = new byte[600];
    new SecureRandom().nextBytes(garbage);

    EnrollmentFault fault = fault(() -> partner.bindSmartcard(requestId(), garbage));

    assertThat(fault.getFaultInfo().getCode()).isEqualTo("CERT_MALFORMED");
  }

  @Test
  void answersCertificateExpiredForAnExpiredCard() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    Instant now = Instant.now();
    byte[] expired =
        TestPki.card(
                TestPki.profile(cf)
                    .withValidity(now.minus(800, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS)))
            .certificate()
            .getEncoded();

    EnrollmentFault fault = fault(() -> partner.bindSmartcard(requestId(), expired));

    assertThat(fault.getFaultInfo().getCode()).isEqualTo("CERT_EXPIRED");
    assertThat(TestDatabase.bindingCount(cf)).isZero();
  }

  @Test
  void refusesARequestThatBreaksTheSchemaBeforeAnythingHappens() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    byte[] certificate = TestPki.card(cf).certificate().getEncoded();

    // "x" is shorter than the contract's RequestId pattern allows.
    WebServiceException fault =
        catchThrowableOfType(
            WebServiceException.class, () -> partner.bindSmartcard("x", certificate));

    assertThat(fault).isNotNull();
    assertThat(fault.getMessage()).contains("RequestId").doesNotContain("at it.cns");
    assertThat(TestDatabase.bindingCount(cf)).isZero();
  }

  @Test
  void refusesAnEnvelopeWithoutCertificateWithAClientFaultAndWritesNothing() throws Exception {
    String id = requestId();
    String envelope =
        "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:v1=\"urn:cns-enrollment:partner:v1\"><soapenv:Body><v1:bindSmartcard>"
            + "<v1:requestId>"
            + id
            + "</v1:requestId><v1:certificate></v1:certificate>"
            + "</v1:bindSmartcard></soapenv:Body></soapenv:Envelope>";
    HttpClient http =
        HttpClient.newBuilder().sslContext(TestPki.tls(TestPki.demoPartner())).build();

    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(ItEnvironment.partnerUrl(ENDPOINT)))
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(envelope))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body())
        .contains("<faultcode>soap:Client</faultcode>")
        .contains("DerCertificate");
    assertThat(response.body()).doesNotContain("\tat ");
    assertThat(TestDatabase.auditCountForRequest(id)).isZero();
  }

  @Test
  void servesOurOwnWsdlWithTheAddressOfThePartnerListener() throws Exception {
    HttpClient http =
        HttpClient.newBuilder().sslContext(TestPki.tls(TestPki.demoPartner())).build();
    HttpResponse<String> wsdl =
        http.send(
            HttpRequest.newBuilder(URI.create(ItEnvironment.partnerUrl(ENDPOINT + "?wsdl")))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(wsdl.statusCode()).isEqualTo(200);
    assertThat(wsdl.body())
        .contains("urn:cns-enrollment:partner:v1")
        .contains("an Entratel account's card goes to site 000")
        .contains(":" + ItEnvironment.partnerPort() + ENDPOINT);
  }

  private interface Call {
    void run() throws Exception;
  }

  private static EnrollmentFault fault(Call call) {
    EnrollmentFault fault = catchThrowableOfType(EnrollmentFault.class, call::run);
    assertThat(fault).as("an EnrollmentFault").isNotNull();
    return fault;
  }
}
