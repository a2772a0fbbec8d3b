package it.cns.enrollment.application.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.application.counter.ActivationFakes;
import it.cns.enrollment.application.security.AuditedCalls;
import it.cns.enrollment.application.security.Callers;
import it.cns.enrollment.application.security.CredentialFakes;
import it.cns.enrollment.application.security.OperatorFakes;
import it.cns.enrollment.devpki.CertificateAuthority;
import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.domain.activation.ActivationSettings;
import it.cns.enrollment.domain.activation.CodeHashes;
import it.cns.enrollment.domain.activation.CodeKind;
import it.cns.enrollment.domain.activation.IssuedCodes;
import it.cns.enrollment.domain.activation.TsCnsActivation;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.counter.CounterOffice;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.testing.ActivationRequests;
import it.cns.enrollment.testing.MovableClock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CardCodesServiceTest {

  private static final Instant NOW = Instant.parse("2026-03-15T09:30:00Z");
  private static final String CARD = ActivationRequests.CARD;
  private static final CertificateAuthority CA =
      CertificateAuthority.newRoot("Test Workstation CA", "Test");
  private static final X509Certificate MINE = CA.issuePartner("PC 1", "ULSS").certificate();
  private static final X509Certificate OTHERS = CA.issuePartner("PC 2", "ULSS").certificate();
  private static final X509Certificate STRANGER = CA.issuePartner("PC 3", "ULSS").certificate();

  private final AgentFakes.Codes codes = new AgentFakes.Codes();
  private final AgentFakes.Workstations workstations = new AgentFakes.Workstations();
  private final ActivationFakes.Activations activations = new ActivationFakes.Activations();
  private final OperatorFakes.Offices offices = new OperatorFakes.Offices();
  private CredentialFakes.Audit audit;
  private MovableClock clock;
  private CardCodesService service;
  private AuditedCalls calls;
  private CounterOffice office;
  private TsCnsActivation activation;
  private String pin;
  private String puk;

  @BeforeEach
  void activateACard() {
    audit = new CredentialFakes.Audit();
    clock = new MovableClock(NOW);
    office = offices.add("Sportello Padova", true);
    CounterOffice other = offices.add("Sportello Treviso", true);
    workstations.register(MINE, office.id(), true);
    workstations.register(OTHERS, other.id(), true);
    service =
        AgentFakes.service(
            codes,
            workstations,
            activations,
            offices,
            audit,
            clock,
            Callers.as(new Actor.Workstation("0123456789abcdef"), Channel.COUNTER));
    calls = new AuditedCalls(audit, service.caller);
    activation =
        TsCnsActivation.activate(
            ActivationRequests.of(ActivationCase.HOLDER)
                .build()
                .admit(NOW, office.id(), "op.anna", true),
            new CodeHashes("$argon2id$p", "$argon2id$u", "$argon2id$c"),
            NOW);
    activations.add(activation);
    try (IssuedCodes issued =
        IssuedCodes.generate(new SecureRandom(), ActivationSettings.defaults())) {
      pin = new String(issued.whole(CodeKind.PIN));
      puk = new String(issued.whole(CodeKind.PUK));
      service.keep(activation, office.id(), issued);
    }
  }

  private CardCodes fetch(X509Certificate workstation, String card) {
    return calls.call(service, "fetch", new X509Certificate[] {workstation}, card);
  }

  private void refused(X509Certificate workstation, String card, ErrorCode code) {
    assertThatThrownBy(() -> fetch(workstation, card))
        .isInstanceOfSatisfying(BusinessRefusal.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void theCodesWaitSealedAndGoOnceToAWorkstationOfTheOfficeThatIssuedThem() {
    assertThat(new String(codes.rows.get(CARD).sealedCodes(), StandardCharsets.ISO_8859_1))
        .doesNotContain(pin)
        .doesNotContain(puk);

    try (CardCodes got = fetch(MINE, CARD)) {
      assertThat(new String(got.pin())).isEqualTo(pin);
      assertThat(new String(got.puk())).isEqualTo(puk);
      assertThat(got.toString()).doesNotContain(pin).doesNotContain(puk);
    }
    assertThat(codes.rows).isEmpty();
    AuditEvent fetched = audit.changes.get(0);
    assertThat(fetched.action()).isEqualTo(AuditAction.CARD_CODES_FETCH);
    assertThat(fetched.actor()).isEqualTo("workstation:0123456789abcdef");
    assertThat(fetched.subjectCf()).isEqualTo(ActivationRequests.HOLDER);
    assertThat(CredentialFakes.everything(fetched)).doesNotContain(pin).doesNotContain(puk);

    refused(MINE, CARD, ErrorCode.CARD_CODES_GONE);
    assertThat(audit.refusals).extracting(AuditEvent::outcome).containsExactly("CARD_CODES_GONE");
    assertThat(audit.refusals.get(0).subjectCf()).isEqualTo(ActivationRequests.HOLDER);
  }

  @Test
  void anotherOfficesWorkstationOrAnUnregisteredOneGetsNothingAndTheCodesStay() {
    refused(OTHERS, CARD, ErrorCode.WORKSTATION_OTHER_COUNTER);
    refused(STRANGER, CARD, ErrorCode.WORKSTATION_NOT_REGISTERED);
    assertThat(codes.rows).containsOnlyKeys(CARD);
    assertThat(audit.refusals)
        .extracting(AuditEvent::outcome)
        .containsExactly("WORKSTATION_OTHER_COUNTER", "WORKSTATION_NOT_REGISTERED");

    try (CardCodes got = fetch(MINE, CARD)) {
      assertThat(new String(got.pin())).isEqualTo(pin);
    }
  }

  @Test
  void aDisabledWorkstationOrOfficeIsNotRegistered() {
    workstations.register(STRANGER, office.id(), false);
    refused(STRANGER, CARD, ErrorCode.WORKSTATION_NOT_REGISTERED);

    office.disable();
    refused(MINE, CARD, ErrorCode.WORKSTATION_NOT_REGISTERED);
    assertThat(codes.rows).containsOnlyKeys(CARD);
  }

  @Test
  void expiredCodesAreErasedAtTheNextFetchWhichIsAuditedAsTheSystem() {
    clock.advance(Duration.ofMinutes(10));

    refused(MINE, CARD, ErrorCode.CARD_CODES_GONE);
    assertThat(codes.rows).isEmpty();
    assertThat(audit.changes)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.CARD_CODES_EXPIRY);
              assertThat(e.actor()).isEqualTo("system");
              assertThat(e.detail()).isEqualTo("expired=1");
            });
  }

  @Test
  void aMalformedCardNumberIsAnInvalidRequest() {
    refused(MINE, "6120016461039009", ErrorCode.INVALID_REQUEST);
    assertThat(codes.rows).containsOnlyKeys(CARD);
  }
}
