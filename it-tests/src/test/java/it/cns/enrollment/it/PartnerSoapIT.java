package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.cns.enrollment.contract.partner.v1.AccountType;
import it.cns.enrollment.contract.partner.v1.CardBinding;
import it.cns.enrollment.contract.partner.v1.CardChallenge;
import it.cns.enrollment.contract.partner.v1.CardPresence;
import it.cns.enrollment.contract.partner.v1.EnrollmentFault;
import it.cns.enrollment.contract.partner.v1.FisconlineEnrollment;
import it.cns.enrollment.contract.partner.v1.PartnerEnrollment;
import it.cns.enrollment.contract.partner.v1.Registration;
import it.cns.enrollment.contract.partner.v1.RegistrationState;
import it.cns.enrollment.devpki.IssuedCredential;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The partner SOAP API on the partner listener, through the client generated from our WSDL: the
 * card proves it is present by signing a challenge; partners are authorised per operation; requests
 * run once per request id; every refusal is a typed fault.
 */
class PartnerSoapIT extends DeployedApplication {

  static final String ENDPOINT = "/partner/v1/enrollment";

  private final PartnerEnrollment partner = PartnerClient.demoPartner();

  @BeforeAll
  static void registerTheDemoPartner() throws Exception {
    TestDatabase.registerPartner("Demo ASL Partner", TestPki.demoPartnerCertificate());
  }

  private static String requestId() {
    return "it-" + UUID.randomUUID();
  }

  @Test
  void bindsTheCardOfAnEnabledUserOnceTheCardHasSignedTheChallenge() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    IssuedCredential card = TestPki.card(cf);

    CardBinding binding = partner.bindSmartcard(requestId(), CardProofs.present(partner, card));

    assertThat(binding.getCodiceFiscale()).isEqualTo(cf);
    assertThat(binding.getAccountType()).isEqualTo(AccountType.FISCONLINE);
    assertThat(binding.getMaskedCardId()).matches("\\*{12}[0-9]{4}");
    assertThat(TestDatabase.bindingSites(cf)).containsExactly("-");
    assertThat(TestDatabase.auditOutcomes(cf, "CARD_BIND")).containsExactly("OK");
  }

  @Test
  void bindsTheCardOfAnEntratelUserToSite000() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableEntratel(cf);
    IssuedCredential card = TestPki.card(cf);

    CardBinding binding = partner.bindSmartcard(requestId(), CardProofs.present(partner, card));

    assertThat(binding.getEntratelSite()).isEqualTo("000");
    assertThat(TestDatabase.bindingSites(cf)).containsExactly("000");
  }

  @Test
  void aCopiedCertificateWithoutTheCardsSignatureBindsNothing() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    IssuedCredential card = TestPki.card(cf);
    IssuedCredential impostor = TestPki.card(TestPeople.newCodiceFiscale());
    CardChallenge challenge = partner.requestChallenge();
    byte[] forged =
        CardProofs.sign(challenge.getChallenge(), impostor.privateKey(), card.certificate());

    EnrollmentFault fault =
        fault(
            () -> partner.bindSmartcard(requestId(), CardProofs.presence(card, challenge, forged)));

    assertThat(fault.getFaultInfo().getCode()).isEqualTo("PROOF_INVALID");
    assertThat(TestDatabase.bindingCount(cf)).isZero();
  }

  @Test
  void aChallengeServesOnceOnly() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableEntratel(cf);
    IssuedCredential card = TestPki.card(cf);
    CardPresence presence = CardProofs.present(partner, card);
    partner.bindSmartcard(requestId(), presence);

    IssuedCredential second = TestPki.card(cf);
    CardPresence reused =
        CardProofs.presence(second, challengeOf(presence), signedBy(second, presence));
    EnrollmentFault fault = fault(() -> partner.bindSmartcard(requestId(), reused));

    assertThat(fault.getFaultInfo().getCode()).isEqualTo("CHALLENGE_USED");
    assertThat(TestDatabase.bindingCount(cf)).isEqualTo(1);
  }

  @Test
  void aChallengeSignedAfterItExpiredIsRefusedAndBindsNothing() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    CardPresence presence = CardProofs.present(partner, TestPki.card(cf));
    TestDatabase.expireChallenge(presence.getChallengeId());

    EnrollmentFault fault = fault(() -> partner.bindSmartcard(requestId(), presence));

    assertThat(fault.getFaultInfo().getCode()).isEqualTo("CHALLENGE_EXPIRED");
    assertThat(fault.getFaultInfo().getMessageIt()).contains("scaduta");
    assertThat(TestDatabase.bindingCount(cf)).isZero();
  }

  @Test
  void aReplayedRequestIdReturnsTheFirstAnswerAndADifferentBodyIsRefused() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    IssuedCredential card = TestPki.card(cf);
    String id = requestId();
    CardPresence presence = CardProofs.present(partner, card);

    CardBinding first = partner.bindSmartcard(id, presence);
    CardBinding replay = partner.bindSmartcard(id, presence);

    assertThat(replay.getCertificateSerial()).isEqualTo(first.getCertificateSerial());
    assertThat(replay.getBoundAt()).isEqualTo(first.getBoundAt());
    assertThat(TestDatabase.bindingCount(cf)).isEqualTo(1);
    assertThat(TestDatabase.auditOutcomes(cf, "CARD_BIND")).containsExactly("OK");

    CardPresence other = CardProofs.present(partner, TestPki.card(cf));
    EnrollmentFault fault = fault(() -> partner.bindSmartcard(id, other));
    assertThat(fault.getFaultInfo().getCode()).isEqualTo("REQUEST_ID_REUSED");
  }

  @Test
  void enrollsANewCitizenAndReturnsThePinAndPasswordOnlyInTheAnswer() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    IssuedCredential card = TestPki.card(cf);
    String id = requestId();
    CardPresence presence = CardProofs.present(partner, card);

    FisconlineEnrollment enrollment = partner.enrollFisconline(id, presence);
    FisconlineEnrollment replay = partner.enrollFisconline(id, presence);

    assertThat(enrollment.getCredentials().getPin()).matches("[0-9]{10}");
    assertThat(enrollment.getCredentials().getPassword()).hasSizeBetween(8, 15);
    assertThat(enrollment.getBinding().getCodiceFiscale()).isEqualTo(cf);
    assertThat(replay.getCredentials().getPin()).isEqualTo(enrollment.getCredentials().getPin());
    assertThat(TestDatabase.accountType(cf)).isEqualTo("FISCONLINE");
    assertThat(TestDatabase.bindingCount(cf)).isEqualTo(1);
    String log = Files.readString(serverLog());
    assertThat(log)
        .doesNotContain(enrollment.getCredentials().getPin())
        .doesNotContain(enrollment.getCredentials().getPassword());

    Registration status = partner.registrationStatus(cf);
    assertThat(status.getState()).isEqualTo(RegistrationState.FISCONLINE);
    assertThat(status.getBoundCards()).isEqualTo(1);
    assertThat(partner.listBindings(cf)).hasSize(1);
  }

  @Test
  void answersAlreadyEnabledToAnEnrollmentOfSomeoneEnabled() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableEntratel(cf, "000");
    IssuedCredential card = TestPki.card(cf);

    EnrollmentFault fault =
        fault(() -> partner.enrollFisconline(requestId(), CardProofs.present(partner, card)));

    assertThat(fault.getFaultInfo().getCode()).isEqualTo("ALREADY_ENABLED");
    assertThat(fault.getFaultInfo().getMessageIt()).contains("Entratel");
    Registration status = partner.registrationStatus(cf);
    assertThat(status.getState()).isEqualTo(RegistrationState.ENTRATEL);
    assertThat(status.getBoundCards()).isZero();
  }

  @Test
  void answersNotEnabledForACardWhoseCodiceFiscaleHasNoAccount() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    IssuedCredential card = TestPki.card(cf);

    EnrollmentFault fault =
        fault(() -> partner.bindSmartcard(requestId(), CardProofs.present(partner, card)));

    assertThat(fault.getFaultInfo().getCode()).isEqualTo("NOT_ENABLED");
    assertThat(fault.getFaultInfo().getMessageEn()).contains("not enabled");
    assertThat(TestDatabase.bindingCount(cf)).isZero();
    assertThat(partner.registrationStatus(cf).getState()).isEqualTo(RegistrationState.NOT_ENABLED);
  }

  @Test
  void answersCertificateExpiredForAnExpiredCard() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    Instant now = Instant.now();
    IssuedCredential expired =
        TestPki.card(
            TestPki.profile(cf)
                .withValidity(now.minus(800, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS)));

    EnrollmentFault fault =
        fault(() -> partner.bindSmartcard(requestId(), CardProofs.present(partner, expired)));

    assertThat(fault.getFaultInfo().getCode()).isEqualTo("CERT_EXPIRED");
    assertThat(TestDatabase.bindingCount(cf)).isZero();
  }

  @Test
  void answersCertificateMalformedForBytesThatAreNoCertificate() throws Exception {
    byte[] garbage = new byte[600];
    new SecureRandom().nextBytes(garbage);
    CardChallenge challenge = partner.requestChallenge();
    CardPresence presence = new CardPresence();
    presence.setCertificate(garbage);
    presence.setChallengeId(challenge.getChallengeId());
    presence.setProof(garbage);

    EnrollmentFault fault = fault(() -> partner.bindSmartcard(requestId(), presence));

    assertThat(fault.getFaultInfo().getCode()).isEqualTo("CERT_MALFORMED");
  }

  @Test
  void refusesAPartnerThatIsNotRegisteredOrNotAllowedTheOperation() throws Exception {
    var stranger = TestPki.partnerCa().issuePartner("Unknown Partner", "Nessuno");
    PartnerEnrollment unknown =
        PartnerClient.as(TestPki.keyStore(stranger), ItEnvironment.partnerUrl(ENDPOINT));
    assertThat(fault(unknown::requestChallenge).getFaultInfo().getCode())
        .isEqualTo("NOT_AUTHORISED");
    assertThat(
            fault(() -> unknown.registrationStatus(TestPeople.newCodiceFiscale()))
                .getFaultInfo()
                .getCode())
        .isEqualTo("NOT_AUTHORISED");

    var readOnly = TestPki.partnerCa().issuePartner("Read Only Partner", "Sola Lettura");
    TestDatabase.registerPartner(
        "Read Only Partner", readOnly.certificate(), "REGISTRATION_STATUS");
    PartnerEnrollment limited =
        PartnerClient.as(TestPki.keyStore(readOnly), ItEnvironment.partnerUrl(ENDPOINT));
    assertThat(limited.registrationStatus(TestPeople.newCodiceFiscale()).getState())
        .isEqualTo(RegistrationState.NOT_ENABLED);
    assertThat(fault(limited::requestChallenge).getFaultInfo().getCode())
        .isEqualTo("NOT_AUTHORISED");
    assertThat(
            fault(() -> limited.listBindings(TestPeople.newCodiceFiscale()))
                .getFaultInfo()
                .getCode())
        .isEqualTo("NOT_AUTHORISED");
  }

  @Test
  void refusesARequestThatBreaksTheSchemaBeforeAnythingHappens() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    CardPresence presence = CardProofs.present(partner, TestPki.card(cf));

    // "x" is shorter than the contract's RequestId pattern allows.
    EnrollmentFault fault = fault(() -> partner.bindSmartcard("x", presence));

    assertThat(fault.getFaultInfo().getCode()).isEqualTo("INVALID_REQUEST");
    assertThat(fault.getFaultInfo().getField()).isEqualTo("/bindSmartcard/requestId");
    assertThat(fault.getFaultInfo().getMessageEn())
        .contains("/bindSmartcard/requestId")
        .contains("RequestId")
        .doesNotContain("at it.cns");
    assertThat(TestDatabase.bindingCount(cf)).isZero();
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

  private static CardChallenge challengeOf(CardPresence presence) {
    CardChallenge c = new CardChallenge();
    c.setChallengeId(presence.getChallengeId());
    c.setChallenge(new byte[0]);
    return c;
  }

  /** The second card signs what the first one signed (the challenge is inside the CMS). */
  private static byte[] signedBy(IssuedCredential card, CardPresence first) throws Exception {
    byte[] challenge =
        (byte[])
            new org.bouncycastle.cms.CMSSignedData(first.getProof())
                .getSignedContent()
                .getContent();
    return CardProofs.sign(challenge, card.privateKey(), card.certificate());
  }

  static Path serverLog() {
    return Path.of(ItEnvironment.property("it.wildfly.home"), "standalone", "log", "server.log");
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
