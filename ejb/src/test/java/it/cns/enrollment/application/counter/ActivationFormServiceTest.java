package it.cns.enrollment.application.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.application.agent.AgentFakes;
import it.cns.enrollment.application.port.SessionSettings;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.CredentialFakes;
import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.domain.activation.ActivationSettings;
import it.cns.enrollment.domain.activation.IdentityDocument;
import it.cns.enrollment.domain.activation.IdentityDocumentType;
import it.cns.enrollment.domain.activation.ReissueRequest;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.credential.TestHashers;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.infrastructure.mail.MailSealer;
import it.cns.enrollment.infrastructure.pdf.ActivationFormPdf;
import it.cns.enrollment.infrastructure.pdf.PdfText;
import it.cns.enrollment.testing.ActivationRequests;
import it.cns.enrollment.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActivationFormServiceTest {

  private static final Instant NOW = Instant.parse("2026-03-15T09:30:00Z");
  private static final CounterDesk DESK = new CounterDesk("op.anna", 1);

  private ActivationService activation;
  private ActivationFormService forms;
  private CredentialFakes.Audit audit;
  private MovableClock clock;
  private ActivationFakes.Intranet intranet;
  private ActivationFakes.PendingForms pending;

  @BeforeEach
  void wire() {
    SecretHasher hasher = TestHashers.fast();
    ActivationFakes.Activations activations = new ActivationFakes.Activations();
    audit = new CredentialFakes.Audit();
    MovableClock clock = new MovableClock(NOW);
    ActivationFakes.Intranet intranet = new ActivationFakes.Intranet(hasher, audit, clock);
    activation = new ActivationService();
    activation.activations = activations;
    activation.offices = intranet.offices;
    activation.authorization = intranet.authorization;
    activation.outbox = new ActivationFakes.Outbox();
    activation.audit = audit;
    activation.hasher = hasher;
    activation.settings = ActivationSettings.defaults();
    activation.clock = clock;
    activation.agentCodes =
        AgentFakes.service(
            new AgentFakes.Codes(),
            new AgentFakes.Workstations(),
            activations,
            intranet.offices,
            audit,
            clock,
            null);
    activation.forms = new ActivationForms();
    activation.forms.renderer = new ActivationFormPdf();
    this.clock = clock;
    this.intranet = intranet;
    pending = new ActivationFakes.PendingForms();
    forms = new ActivationFormService();
    forms.activations = activations;
    forms.pending = pending;
    forms.sealer = MailSealer.fromBase64Key(MailSealer.newBase64Key());
    forms.session = new SessionSettings(Duration.ofMinutes(30));
    forms.audit = audit;
    forms.clock = clock;
    Caller caller = intranet.as("op.anna");
    activation.caller = caller;
    forms.caller = caller;
  }

  private ActivationOutcome activate() {
    return activation.activate(
        ActivationRequests.of(ActivationCase.LEGAL_REPRESENTATIVE)
            .document(
                new IdentityDocument(
                    IdentityDocumentType.PATENTE_GUIDA,
                    "U1X2Y3",
                    "Motorizzazione di Forlì",
                    LocalDate.of(2031, 7, 1)))
            .email("tutore@example.it")
            .build(),
        DESK);
  }

  @Test
  void theFormCarriesTheActivationTheFirstHalvesTheOperatorAndTheCounter() throws Exception {
    ActivationOutcome outcome = activate();
    ActivationReceipt receipt = outcome.receipt();
    String pin = new String(receipt.printed().pin());
    byte[] pdf = outcome.form();

    String text;
    try (PDDocument d = Loader.loadPDF(pdf)) {
      assertThat(d.getNumberOfPages()).isEqualTo(2);
      text = PdfText.of(d);
    }
    assertThat(text)
        .contains("RSSMRA80A01H501U")
        .contains("VRDGPP85M41F205X")
        .contains("6120016461039008")
        .contains(
            "Attivazione per persona soggetta a tutela, curatela o amministrazione di sostegno")
        .contains("Patente di guida")
        .contains("Motorizzazione di Forlì")
        .contains("01/07/2031")
        .contains("la tessera TS-CNS del soggetto tutelato, amministrato ecc.")
        .contains("Nome op.anna (op.anna)")
        .contains("Sportello Anagrafe Ulss 2")
        .contains("15/03/2026 10:30")
        .contains("PIN - prima parte / first part: " + pin);
    // The receipt's halves stay with the caller (the page shows them); the form wiped its copies.
    assertThat(new String(receipt.printed().pin())).isEqualTo(pin);
  }

  @Test
  void theFormIsKeptSealedAndHandedOutOnceToItsOperatorThenErased() {
    ActivationOutcome outcome = activate();
    ActivationReceipt r = outcome.receipt();
    byte[] pdf = outcome.form().clone();
    forms.keep(r.activationId(), r.codesGeneration(), outcome.form());

    // What the database holds is not the form (it carries the first halves of the codes).
    byte[] stored = pending.sealedOf(r.activationId(), r.codesGeneration());
    assertThat(stored).isNotEqualTo(pdf);
    assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("%PDF");
    assertThat(forms.isWaiting(r.activationId(), r.codesGeneration())).isTrue();

    assertThat(forms.handOut(r.activationId(), r.codesGeneration())).isEqualTo(pdf);
    assertThat(audit.changes)
        .last()
        .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.ACTIVATION_FORM));
    assertThat(pending.size()).isZero();
    assertThat(forms.isWaiting(r.activationId(), r.codesGeneration())).isFalse();
    assertThatThrownBy(() -> forms.handOut(r.activationId(), r.codesGeneration()))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.FORM_ALREADY_DOWNLOADED));
  }

  @Test
  void anotherOperatorDoesNotGetTheFormAndTheIssuerStillDoes() {
    ActivationOutcome outcome = activate();
    ActivationReceipt r = outcome.receipt();
    forms.keep(r.activationId(), r.codesGeneration(), outcome.form());

    forms.caller = intranet.as("sup.carla");
    assertThatThrownBy(() -> forms.handOut(r.activationId(), r.codesGeneration()))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.FORM_ALREADY_DOWNLOADED));

    forms.caller = intranet.as("op.anna");
    assertThat(forms.handOut(r.activationId(), r.codesGeneration())).isNotEmpty();
  }

  @Test
  void anExpiredFormIsNotHandedOut() {
    ActivationOutcome outcome = activate();
    ActivationReceipt r = outcome.receipt();
    forms.keep(r.activationId(), r.codesGeneration(), outcome.form());

    clock.advance(Duration.ofMinutes(30));
    assertThatThrownBy(() -> forms.handOut(r.activationId(), r.codesGeneration()))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.FORM_ALREADY_DOWNLOADED));
    // Still stored, never handed out; erasing it is the retention job's (RetentionPurge).
    assertThat(pending.size()).isOne();
  }

  @Test
  void aHandOutOfASupersededGenerationIsRefused() {
    ActivationOutcome first = activate();
    ActivationReceipt r = first.receipt();
    forms.keep(r.activationId(), 1, first.form());

    activation.reissueCodes(
        new ReissueRequest(
            "6120016461039008",
            new IdentityDocument(
                IdentityDocumentType.PASSAPORTO,
                "YA7654321",
                "Questura di Padova",
                ActivationRequests.TODAY.plusYears(3)),
            null),
        DESK);
    assertThatThrownBy(() -> forms.handOut(r.activationId(), 1))
        .isInstanceOfSatisfying(
            BusinessRefusal.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
  }
}
