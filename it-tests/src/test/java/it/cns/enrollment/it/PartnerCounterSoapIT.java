package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.cns.enrollment.contract.partner.v1.ActivationCase;
import it.cns.enrollment.contract.partner.v1.ActivationDocument;
import it.cns.enrollment.contract.partner.v1.CardRevocation;
import it.cns.enrollment.contract.partner.v1.EnrollmentFault;
import it.cns.enrollment.contract.partner.v1.IdentityDocument;
import it.cns.enrollment.contract.partner.v1.IdentityDocumentType;
import it.cns.enrollment.contract.partner.v1.PartnerEnrollment;
import it.cns.enrollment.contract.partner.v1.PrivacyConsent;
import it.cns.enrollment.contract.partner.v1.RevocationReason;
import it.cns.enrollment.contract.partner.v1.TsCnsActivation;
import it.cns.enrollment.contract.partner.v1.TsCnsActivationRequest;
import it.cns.enrollment.devpki.CardProfile;
import it.cns.enrollment.domain.activation.PrivacyNotice;
import it.cns.enrollment.infrastructure.security.Argon2idHasher;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.xml.datatype.DatatypeFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The counter operations of the partner API (a health agency's own counter software): TS-CNS
 * activation and revocation with the CIP, through the generated client on the partner listener,
 * against the same services the intranet uses.
 */
class PartnerCounterSoapIT extends DeployedApplication {

  private static final Argon2idHasher HASHER = ItEnvironment.hasher(19_456, 2, 1);

  private final PartnerEnrollment partner = PartnerClient.demoPartner();
  private static long counter;

  @BeforeAll
  static void registerTheDemoPartnerAndACounter() throws Exception {
    TestDatabase.registerPartner("Demo ASL Partner", TestPki.demoPartnerCertificate());
    counter = TestOperators.counterOffice("Sportello partner", true);
  }

  @Test
  void activatesAHoldersCardAndAnswersTheFirstHalvesAndTheForm() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    String card = newCardId();

    TsCnsActivation answer = partner.activateTsCns(requestId(), holder(card, cf));

    assertThat(answer.getHolderCodiceFiscale()).isEqualTo(cf);
    assertThat(answer.getMaskedCardId()).endsWith(card.substring(12)).doesNotContain(card);
    assertThat(answer.getActivationCase()).isEqualTo(ActivationCase.HOLDER);
    assertThat(answer.getCodesGeneration()).isEqualTo(1);
    assertThat(
            List.of(
                answer.getPrintedCodes().getPinFirstHalf(),
                answer.getPrintedCodes().getPukFirstHalf(),
                answer.getPrintedCodes().getCipFirstHalf()))
        .allSatisfy(half -> assertThat(half).matches("[0-9]{4}"));
    try (PDDocument pdf = Loader.loadPDF(answer.getActivationForm())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(pdf.getNumberOfPages()).isEqualTo(2);
      assertThat(text).contains(cf).contains(answer.getPrintedCodes().getCipFirstHalf());
    }
    assertThat(activation(card)).containsExactly(cf, "HOLDER", "ACTIVE");
    assertThat(mailsFor(card)).hasSize(1);
    assertThat(TestDatabase.auditOutcomes(cf, "TSCNS_ACTIVATION")).containsExactly("OK");
    // The first halves travel in the answer only: never in the server's log.
    assertThat(Files.readString(PartnerSoapIT.serverLog()))
        .doesNotContain("PIN: " + answer.getPrintedCodes().getPinFirstHalf());
  }

  // --- consent to the privacy notice (contract 1.2, issue #18) ----------------------------------

  @Test
  void aConsentDeclaredWithTheRequestIsRecordedAndPrinted() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    String card = newCardId();
    TsCnsActivationRequest request = holder(card, cf);
    PrivacyConsent consent = new PrivacyConsent();
    consent.setNoticeVersion(PrivacyNotice.CURRENT_VERSION);
    request.setPrivacyConsent(consent);

    TsCnsActivation answer = partner.activateTsCns(requestId(), request);

    assertThat(consent(card)).containsExactly(PrivacyNotice.CURRENT_VERSION, cf);
    try (PDDocument pdf = Loader.loadPDF(answer.getActivationForm())) {
      assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
          .contains("Consenso prestato da / Consent given by: " + cf)
          .contains("Firma per il consenso al trattamento dei dati");
    }
  }

  @Test
  void aContract11RequestWithoutConsentStillActivatesAndTheFormAsksForTheSignature()
      throws Exception {
    String card = newCardId();

    TsCnsActivation answer =
        partner.activateTsCns(requestId(), holder(card, TestPeople.newCodiceFiscale()));

    assertThat(consent(card)).containsExactly(null, null);
    try (PDDocument pdf = Loader.loadPDF(answer.getActivationForm())) {
      assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
          .contains("Consenso non dichiarato nella richiesta")
          .contains("versione / version " + PrivacyNotice.CURRENT_VERSION);
    }
  }

  @Test
  void aConsentToANoticeNotInForceIsRefusedNamingItsPath() throws Exception {
    String card = newCardId();
    TsCnsActivationRequest request = holder(card, TestPeople.newCodiceFiscale());
    PrivacyConsent consent = new PrivacyConsent();
    consent.setNoticeVersion("2020-01");
    request.setPrivacyConsent(consent);

    EnrollmentFault fault = fault(() -> partner.activateTsCns(requestId(), request));

    assertThat(fault.getFaultInfo().getCode()).isEqualTo("INVALID_REQUEST");
    assertThat(fault.getFaultInfo().getField())
        .isEqualTo("/activateTsCns/request/privacyConsent/noticeVersion");
    assertThat(fault.getFaultInfo().getMessageEn()).contains(PrivacyNotice.CURRENT_VERSION);
    assertThat(activation(card)).isEmpty();
  }

  /** The consent's notice version and who gave it, as recorded for the card. */
  private static List<String> consent(String card) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "select consent_notice_version, consent_given_by from tscns_activation"
                    + " where card_id = ?")) {
      ps.setString(1, card);
      try (var rs = ps.executeQuery()) {
        assertThat(rs.next()).as("activation of " + card).isTrue();
        return java.util.Arrays.asList(rs.getString(1), rs.getString(2));
      }
    }
  }

  @Test
  void aReplayAnswersTheSameCodesAndAnotherRequestForTheCardIsRefused() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    String card = newCardId();
    String id = requestId();
    TsCnsActivation first = partner.activateTsCns(id, holder(card, cf));

    TsCnsActivation replay = partner.activateTsCns(id, holder(card, cf));
    EnrollmentFault again = fault(() -> partner.activateTsCns(requestId(), holder(card, cf)));
    TsCnsActivationRequest changed = holder(card, cf);
    changed.setEmail("someone.else@example.it");
    EnrollmentFault reused = fault(() -> partner.activateTsCns(id, changed));

    assertThat(replay.getPrintedCodes().getPinFirstHalf())
        .isEqualTo(first.getPrintedCodes().getPinFirstHalf());
    assertThat(again.getFaultInfo().getCode()).isEqualTo("CARD_ALREADY_ACTIVATED");
    assertThat(reused.getFaultInfo().getCode()).isEqualTo("REQUEST_ID_REUSED");
    assertThat(mailsFor(card)).hasSize(1);
  }

  @Test
  void aDelegateWithoutTheMedicalCertificateActivatesNothing() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    String card = newCardId();
    TsCnsActivationRequest request = holder(card, cf);
    request.setActivationCase(ActivationCase.DELEGATE);
    request.setActingCodiceFiscale(TestPeople.newCodiceFiscale());
    request
        .getConfirmedDocument()
        .addAll(
            List.of(
                ActivationDocument.HOLDER_IDENTITY_DOCUMENT_COPY,
                ActivationDocument.HOLDER_SIGNED_ACTIVATION_FORM,
                ActivationDocument.HOLDER_SIGNED_CODE_REQUEST));

    EnrollmentFault fault = fault(() -> partner.activateTsCns(requestId(), request));

    assertThat(fault.getFaultInfo().getCode()).isEqualTo("ACTIVATION_DOCUMENT_MISSING");
    assertThat(activation(card)).isEmpty();
    assertThat(mailsFor(card)).isEmpty();
  }

  @Test
  void anUnknownCounterOfficeIsRefused() throws Exception {
    TsCnsActivationRequest request = holder(newCardId(), TestPeople.newCodiceFiscale());
    request.setCounterOfficeId(Long.MAX_VALUE);

    EnrollmentFault fault = fault(() -> partner.activateTsCns(requestId(), request));

    assertThat(fault.getFaultInfo().getCode()).isEqualTo("COUNTER_OFFICE_REQUIRED");
    // Worded for a partner: send another office id, not "choose one from the list".
    assertThat(fault.getFaultInfo().getMessageEn())
        .contains("counterOfficeId")
        .doesNotContain("list");
    assertThat(fault.getFaultInfo().getMessageIt()).doesNotContain("elenco");
    assertThat(activation(request.getCardId())).isEmpty();
  }

  @Test
  void aCardIdThatBreaksTheContractIsNamedByItsPath() throws Exception {
    TsCnsActivationRequest request = holder(newCardId(), TestPeople.newCodiceFiscale());
    request.setCardId("12345");

    EnrollmentFault fault = fault(() -> partner.activateTsCns(requestId(), request));

    assertThat(fault.getFaultInfo().getCode()).isEqualTo("INVALID_REQUEST");
    assertThat(fault.getFaultInfo().getField()).isEqualTo("/activateTsCns/request/cardId");
  }

  @Test
  void revokesWithTheRightCipAfterAWrongOneAndLocksAfterTheLimit() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    String card = newCardId();
    activated(card, cf, "12345678");
    String other = newCardId();
    activated(other, TestPeople.newCodiceFiscale(), "87654321");

    EnrollmentFault wrong = fault(() -> partner.revokeCard(requestId(), card, "12345670", null));
    // Contract 1.2: the reason travels with the request and is recorded.
    CardRevocation revoked =
        partner.revokeCard(requestId(), card, "12345678", RevocationReason.DAMAGED);
    EnrollmentFault twice = fault(() -> partner.revokeCard(requestId(), card, "12345678", null));
    for (int i = 0; i < 3; i++) {
      fault(() -> partner.revokeCard(requestId(), other, "00000000", null));
    }
    EnrollmentFault locked = fault(() -> partner.revokeCard(requestId(), other, "87654321", null));

    assertThat(wrong.getFaultInfo().getCode()).isEqualTo("CIP_WRONG");
    assertThat(revoked.getHolderCodiceFiscale()).isEqualTo(cf);
    assertThat(twice.getFaultInfo().getCode()).isEqualTo("CARD_REVOKED");
    assertThat(locked.getFaultInfo().getCode()).isEqualTo("CIP_LOCKED");
    assertThat(activation(card)).containsExactly(cf, "HOLDER", "REVOKED");
    assertThat(Counter.revocationReason(card)).isEqualTo("DAMAGED");
    assertThat(activation(other).get(2)).isEqualTo("ACTIVE");
  }

  @Test
  void aPartnerNotAllowedTheCounterOperationsIsRefused() throws Exception {
    var limited = TestPki.partnerCa().issuePartner("Status Only Partner", "ASL Demo");
    TestDatabase.registerPartner("Status Only Partner", limited.certificate(), "LIST_BINDINGS");
    PartnerEnrollment client =
        PartnerClient.as(
            TestPki.keyStore(limited), ItEnvironment.partnerUrl(PartnerSoapIT.ENDPOINT));
    String card = newCardId();

    EnrollmentFault activation =
        fault(() -> client.activateTsCns(requestId(), holder(card, TestPeople.newCodiceFiscale())));
    EnrollmentFault revocation =
        fault(() -> client.revokeCard(requestId(), card, "12345678", null));

    assertThat(activation.getFaultInfo().getCode()).isEqualTo("NOT_AUTHORISED");
    assertThat(revocation.getFaultInfo().getCode()).isEqualTo("NOT_AUTHORISED");
    assertThat(activation(card)).isEmpty();
  }

  private static TsCnsActivationRequest holder(String card, String cf) throws Exception {
    return holder(card, cf, counter);
  }

  /** A complete holder's activation request at this counter office. */
  static TsCnsActivationRequest holder(String card, String cf, long counterOffice)
      throws Exception {
    IdentityDocument document = new IdentityDocument();
    document.setType(IdentityDocumentType.CARTA_IDENTITA);
    document.setNumber("CA" + card.substring(10) + "AB");
    document.setIssuer("Comune di Padova");
    document.setExpiry(DatatypeFactory.newInstance().newXMLGregorianCalendar("2031-05-31"));
    TsCnsActivationRequest r = new TsCnsActivationRequest();
    r.setCardId(card);
    r.setHolderCodiceFiscale(cf);
    r.setActivationCase(ActivationCase.HOLDER);
    r.setIdentityDocument(document);
    r.getConfirmedDocument()
        .addAll(
            List.of(
                ActivationDocument.IDENTITY_DOCUMENT,
                ActivationDocument.TS_CNS_CARD,
                ActivationDocument.VALID_EMAIL));
    r.setEmail("titolare." + card.substring(8) + "@example.it");
    r.setCounterOfficeId(counterOffice);
    r.setOperator("Operatore sportello 7");
    return r;
  }

  /** A card activated at the counter earlier, whose whole CIP the test knows. */
  private static void activated(String card, String cf, String cip) throws SQLException {
    String pinAndPuk = HASHER.hash("99999999".toCharArray());
    TestDatabase.insertActivation(
        card, cf, "h@example.it", counter, pinAndPuk, HASHER.hash(cip.toCharArray()));
  }

  /** Holder, case and status of the card's activation; empty when there is none. */
  private static List<String> activation(String card) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "select holder_cf, activation_case, status from tscns_activation"
                    + " where card_id = ?")) {
      ps.setString(1, card);
      try (var rs = ps.executeQuery()) {
        return rs.next() ? List.of(rs.getString(1), rs.getString(2), rs.getString(3)) : List.of();
      }
    }
  }

  private static List<Long> mailsFor(String card) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "select m.id from outbound_mail m join tscns_activation a"
                    + " on m.reference = 'activation:' || a.id where a.card_id = ?")) {
      ps.setString(1, card);
      try (var rs = ps.executeQuery()) {
        List<Long> ids = new java.util.ArrayList<>();
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
        return ids;
      }
    }
  }

  private static String newCardId() {
    return CardProfile.forCodiceFiscale(TestPeople.newCodiceFiscale()).cardId();
  }

  private static String requestId() {
    return "it-" + UUID.randomUUID();
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
