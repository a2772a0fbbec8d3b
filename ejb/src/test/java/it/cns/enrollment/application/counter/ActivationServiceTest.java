package it.cns.enrollment.application.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.application.agent.AgentFakes;
import it.cns.enrollment.application.port.ActivationFormContent;
import it.cns.enrollment.application.security.AuditedCalls;
import it.cns.enrollment.application.security.Callers;
import it.cns.enrollment.application.security.CredentialFakes;
import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.domain.activation.ActivationDocument;
import it.cns.enrollment.domain.activation.ActivationInputException;
import it.cns.enrollment.domain.activation.ActivationRequest;
import it.cns.enrollment.domain.activation.ActivationSettings;
import it.cns.enrollment.domain.activation.IdentityDocument;
import it.cns.enrollment.domain.activation.IdentityDocumentType;
import it.cns.enrollment.domain.activation.PersonNames;
import it.cns.enrollment.domain.activation.PrivacyNotice;
import it.cns.enrollment.domain.activation.ReissueRequest;
import it.cns.enrollment.domain.activation.TsCnsActivation;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.counter.CounterOfficeRequiredException;
import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.credential.TestHashers;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.testing.ActivationRequests;
import it.cns.enrollment.testing.MovableClock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActivationServiceTest {

  private static final Instant NOW = Instant.parse("2026-03-15T09:30:00Z");
  private static final LocalDate TODAY = ActivationRequests.TODAY;
  private static final String HOLDER = ActivationRequests.HOLDER;
  private static final String OTHER = ActivationRequests.OTHER;
  private static final String CARD = ActivationRequests.CARD;
  private static final CounterDesk DESK = new CounterDesk("op.anna", 1);

  private ActivationFakes.Activations activations;
  private ActivationFakes.Outbox outbox;
  private CredentialFakes.Audit audit;
  private SecretHasher hasher;
  private ActivationService service;
  private AuditedCalls calls;
  private ActivationFakes.Intranet intranet;
  private final List<byte[]> forms = new ArrayList<>();
  private AgentFakes.Codes agentCodes;
  private final List<ActivationFormContent> printed = new ArrayList<>();

  /** Digits 1, 2, ... 8 over and over: every 8-digit code is 12345678. */
  private static final class CountingRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private int next;

    @Override
    public int nextInt(int bound) {
      return 1 + (next++ % 8);
    }
  }

  private static ActivationRequest request(ActivationCase c, String holder, String acting) {
    return ActivationRequests.of(c).holder(holder).acting(acting).build();
  }

  @BeforeEach
  void wire() {
    activations = new ActivationFakes.Activations();
    outbox = new ActivationFakes.Outbox();
    audit = new CredentialFakes.Audit();
    hasher = TestHashers.fast();
    service = new ActivationService();
    service.activations = activations;
    service.outbox = outbox;
    service.audit = audit;
    service.hasher = hasher;
    service.settings = ActivationSettings.defaults();
    service.clock = new MovableClock(NOW);
    service.random = new CountingRandom();
    intranet = new ActivationFakes.Intranet(hasher, audit, service.clock);
    service.offices = intranet.offices;
    service.authorization = intranet.authorization;
    agentCodes = new AgentFakes.Codes();
    service.agentCodes =
        AgentFakes.service(
            agentCodes,
            new AgentFakes.Workstations(),
            activations,
            intranet.offices,
            audit,
            service.clock,
            null);
    service.forms = new ActivationForms();
    service.forms.renderer =
        content -> {
          printed.add(content);
          return new byte[] {(byte) content.codesGeneration()};
        };
    as("op.anna");
  }

  /** The intranet user asking, for the calls that follow. */
  private void as(String username) {
    service.caller = intranet.as(username);
    calls = new AuditedCalls(audit, service.caller);
  }

  /** As the container calls it: refusals audited by the interceptor. */
  private ActivationReceipt activate(ActivationRequest r, CounterDesk desk) {
    ActivationOutcome outcome = calls.call(service, "activate", r, desk);
    forms.add(outcome.form());
    return outcome.receipt();
  }

  /** The identity document seen again at a reissue in these tests. */
  private static final IdentityDocument SEEN_AGAIN =
      new IdentityDocument(
          IdentityDocumentType.PASSAPORTO, "YA7654321", "Questura di Padova", TODAY.plusYears(3));

  private ActivationReceipt reissueCodes(String card, CounterDesk desk) {
    return reissueCodes(new ReissueRequest(card, SEEN_AGAIN, null), desk);
  }

  private ActivationReceipt reissueCodes(ReissueRequest request, CounterDesk desk) {
    ActivationOutcome outcome = calls.call(service, "reissueCodes", request, desk);
    forms.add(outcome.form());
    return outcome.receipt();
  }

  private void refusedWith(ActivationRequest request, ErrorCode code) {
    assertThatThrownBy(() -> activate(request, DESK))
        .isInstanceOfSatisfying(BusinessRefusal.class, e -> assertThat(e.code()).isEqualTo(code));
    assertThat(activations.all).isEmpty();
    assertThat(outbox.sent).isEmpty();
    assertThat(audit.changes).isEmpty();
    assertThat(audit.refusals)
        .last()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.TSCNS_ACTIVATION);
              assertThat(e.outcome()).isEqualTo(code.name());
            });
  }

  @Test
  void theHolderGetsTheFirstHalvesOnPaperTheSecondByMailAndOnlyHashesAreStored() {
    ActivationReceipt receipt = activate(request(ActivationCase.HOLDER, HOLDER, null), DESK);

    assertThat(new String(receipt.printed().pin())).isEqualTo("1234");
    assertThat(new String(receipt.printed().puk())).isEqualTo("1234");
    assertThat(new String(receipt.printed().cip())).isEqualTo("1234");
    assertThat(receipt.codesGeneration()).isEqualTo(1);
    assertThat(receipt.cardIdMasked()).isEqualTo("************9008");
    assertThat(receipt.holderCf()).isEqualTo(HOLDER);
    assertThat(receipt.toString()).doesNotContain("1234");

    TsCnsActivation stored = activations.all.get(0);
    // The counter agent's copy of PIN and PUK: sealed, for this office's workstations, 10 minutes.
    assertThat(agentCodes.rows).containsOnlyKeys(CARD);
    assertThat(agentCodes.rows.get(CARD).counterOfficeId()).isEqualTo(1);
    assertThat(agentCodes.rows.get(CARD).activationId()).isEqualTo(stored.id());
    assertThat(new String(agentCodes.rows.get(CARD).sealedCodes(), StandardCharsets.ISO_8859_1))
        .doesNotContain("12345678");
    assertThat(agentCodes.rows.get(CARD).expiresAt()).isEqualTo(NOW.plusSeconds(600));
    assertThat(stored.acting()).isEqualTo(CodiceFiscale.parse(HOLDER));
    assertThat(stored.counterOfficeId()).isEqualTo(1);
    assertThat(stored.operatorUsername()).isEqualTo("op.anna");
    assertThat(stored.documents()).isEqualTo(ActivationCase.HOLDER.requiredDocuments());
    for (String hash : new String[] {stored.pinHash(), stored.pukHash(), stored.cipHash()}) {
      assertThat(hash).startsWith("$argon2id$").doesNotContain("1234").doesNotContain("5678");
      assertThat(hasher.verify("12345678".toCharArray(), hash)).isTrue();
      assertThat(hasher.verify("1234".toCharArray(), hash)).isFalse();
      assertThat(hasher.verify("5678".toCharArray(), hash)).isFalse();
    }

    assertThat(outbox.sent)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.mail().recipient()).isEqualTo("mario.rossi@example.it");
              assertThat(s.mail().reference()).isEqualTo("activation:" + stored.id());
              assertThat(receipt.mailReference()).isEqualTo(s.mail().reference());
              assertThat(s.body())
                  .contains("PIN - seconda parte: 5678")
                  .contains("PUK - seconda parte: 5678")
                  .contains("CIP - seconda parte: 5678")
                  .contains("CIP - second part: 5678")
                  .doesNotContain("1234");
              assertThat(s.body().indexOf("Gentile")).isLessThan(s.body().indexOf("Dear"));
              // The caller's copy of the body was wiped once enqueued.
              assertThat(s.mail().body()).containsOnly('\0');
            });

    assertThat(audit.changes)
        .singleElement()
        .satisfies(
            (AuditEvent e) -> {
              assertThat(e.action()).isEqualTo(AuditAction.TSCNS_ACTIVATION);
              assertThat(e.subjectCf()).isEqualTo(HOLDER);
              assertThat(e.actor()).isEqualTo("operator:op.anna");
              assertThat(CredentialFakes.everything(e))
                  .doesNotContain("1234")
                  .doesNotContain("5678")
                  .doesNotContain(CARD);
            });
  }

  @Test
  void everyCaseSucceedsWithItsDocumentsAndTheRightPersonAtTheCounter() {
    List<ActivationRequests> every = ActivationRequests.forEveryCase();
    String[] cards = {
      "6120016461039008", "4111111111111111", "5500005555555559", "4012888888881881"
    };
    for (int i = 0; i < every.size(); i++) {
      ActivationRequests r = every.get(i).card(cards[i]);
      ActivationReceipt receipt = activate(r.build(), DESK);
      assertThat(receipt.activationCase()).isEqualTo(r.activationCase());
      assertThat(activations.all.get(i).acting().toString()).isEqualTo(r.acting());
    }
    assertThat(outbox.sent).hasSize(4);
  }

  // The rules themselves are specified in domain.activation.ActivationRequestTest; here, that a
  // request the domain refuses is audited with its code and leaves nothing behind.

  @Test
  void anInvalidCodiceFiscaleIsRefusedAndNotAudited() {
    refusedWith(
        request(ActivationCase.HOLDER, "RSSMRA80A01H501X", null), ErrorCode.INVALID_REQUEST);
    assertThat(audit.refusals.get(0).subjectCf()).isNull();
    refusedWith(
        request(ActivationCase.DELEGATE, HOLDER, "VRDGPP85M41F205"), ErrorCode.INVALID_REQUEST);
  }

  @Test
  void aRefusalAboutTheActingPersonNamesTheHolderInTheAuditTrail() {
    refusedWith(request(ActivationCase.HOLDER, HOLDER, OTHER), ErrorCode.INVALID_REQUEST);
    refusedWith(request(ActivationCase.DELEGATE, HOLDER, HOLDER), ErrorCode.INVALID_REQUEST);
    refusedWith(
        request(ActivationCase.LEGAL_REPRESENTATIVE, HOLDER, " "), ErrorCode.INVALID_REQUEST);
    assertThat(audit.refusals.get(0).subjectCf()).isEqualTo(HOLDER);
  }

  @Test
  void everyRuleTheDomainEnforcesIsAuditedAsARefusalAndWritesNothing() {
    refusedWith(
        ActivationRequests.of(ActivationCase.HOLDER).card("6120016461039009").build(),
        ErrorCode.INVALID_REQUEST);
    refusedWith(request(ActivationCase.PARENT_OF_MINOR, HOLDER, OTHER), ErrorCode.HOLDER_NOT_MINOR);
    Set<ActivationDocument> noCertificate =
        new HashSet<>(ActivationCase.DELEGATE.requiredDocuments());
    noCertificate.remove(ActivationDocument.MEDICAL_CERTIFICATE);
    refusedWith(
        ActivationRequests.of(ActivationCase.DELEGATE).documents(noCertificate).build(),
        ErrorCode.ACTIVATION_DOCUMENT_MISSING);
    refusedWith(
        ActivationRequests.of(ActivationCase.HOLDER)
            .document(
                new IdentityDocument(
                    IdentityDocumentType.PASSAPORTO, "YA1", "Questura", TODAY.minusDays(1)))
            .build(),
        ErrorCode.IDENTITY_DOCUMENT_INVALID);
    refusedWith(
        ActivationRequests.of(ActivationCase.HOLDER).email("mario.rossi@example").build(),
        ErrorCode.INVALID_EMAIL);
    assertThat(audit.refusals).hasSize(5);
  }

  @Test
  void aParentActivatesForAMinor() {
    ActivationReceipt receipt =
        activate(
            request(
                ActivationCase.PARENT_OF_MINOR,
                ActivationRequests.bornOn(TODAY.minusYears(18).plusDays(1)),
                OTHER),
            DESK);
    assertThat(receipt.activationCase()).isEqualTo(ActivationCase.PARENT_OF_MINOR);
  }

  @Test
  void aCardIsActivatedOnceAndAConcurrentActivationLosesOnTheConstraint() {
    activate(request(ActivationCase.HOLDER, HOLDER, null), DESK);
    assertThatThrownBy(() -> activate(request(ActivationCase.HOLDER, HOLDER, null), DESK))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CARD_ALREADY_ACTIVATED));
    assertThat(activations.all).hasSize(1);
    assertThat(outbox.sent).hasSize(1);

    activations.all.clear();
    outbox.sent.clear();
    audit.changes.clear();
    activations.concurrentActivationWins = true;
    refusedWith(request(ActivationCase.HOLDER, HOLDER, null), ErrorCode.CARD_ALREADY_ACTIVATED);
  }

  @Test
  void aReissueIsItsOwnOperationWithANewGenerationAndANewMail() {
    activate(request(ActivationCase.HOLDER, HOLDER, null), DESK);
    intranet.add(
        "op.bruno",
        it.cns.enrollment.domain.operator.OperatorRole.OPERATOR,
        intranet.offices.add("Sportello Due", true),
        hasher,
        service.clock);
    as("op.bruno");
    ActivationReceipt again = reissueCodes(CARD, new CounterDesk("op.bruno", 2));

    assertThat(again.codesGeneration()).isEqualTo(2);
    assertThat(activations.all.get(0).codesGeneration()).isEqualTo(2);
    assertThat(outbox.sent).hasSize(2);
    assertThat(outbox.sent.get(1).body()).contains("emissione n. 2").contains("5678");
    assertThat(audit.changes)
        .extracting(AuditEvent::action)
        .containsExactly(AuditAction.TSCNS_ACTIVATION, AuditAction.CODES_REISSUE);
    assertThat(activations.lockedReads).isEqualTo(1);
  }

  @Test
  void aReissueRecordsTheDocumentSeenAgainAndSendsTheCodesToANewAddressWhenGiven() {
    activate(request(ActivationCase.HOLDER, HOLDER, null), DESK);
    String first = activations.all.get(0).email();

    reissueCodes(new ReissueRequest(CARD, SEEN_AGAIN, "nuovo.indirizzo@example.org"), DESK);

    TsCnsActivation a = activations.all.get(0);
    assertThat(a.email()).isEqualTo("nuovo.indirizzo@example.org");
    assertThat(a.reissues())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.identityDocument()).isEqualTo(SEEN_AGAIN);
              assertThat(r.previousEmail()).isEqualTo(first);
              assertThat(r.operatorUsername()).isEqualTo("op.anna");
            });
    assertThat(outbox.sent)
        .last()
        .satisfies(m -> assertThat(m.mail().recipient()).isEqualTo(a.email()));
    // The form of the reissue prints the document seen again and the new address.
    assertThat(printed)
        .last()
        .satisfies(
            c -> {
              assertThat(c.identityDocumentNumber()).isEqualTo("YA7654321");
              assertThat(c.identityDocumentIssuer()).isEqualTo("Questura di Padova");
              assertThat(c.email()).isEqualTo("nuovo.indirizzo@example.org");
              assertThat(c.codesGeneration()).isEqualTo(2);
            });
    assertThat(audit.changes)
        .last()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.CODES_REISSUE);
              assertThat(e.detail())
                  .contains("idDocument=PASSAPORTO")
                  .contains("emailChanged=true")
                  .doesNotContain("nuovo.indirizzo")
                  .doesNotContain("YA7654321");
            });
  }

  @Test
  void aReissueWithAnExpiredDocumentOrABadAddressChangesNothingAndIsAudited() {
    activate(request(ActivationCase.HOLDER, HOLDER, null), DESK);
    IdentityDocument expired =
        new IdentityDocument(
            IdentityDocumentType.CARTA_IDENTITA, "CA00000AA", "Comune", TODAY.minusDays(1));
    assertThatThrownBy(() -> reissueCodes(new ReissueRequest(CARD, expired, null), DESK))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.IDENTITY_DOCUMENT_INVALID));
    assertThatThrownBy(() -> reissueCodes(new ReissueRequest(CARD, SEEN_AGAIN, "x@"), DESK))
        .isInstanceOfSatisfying(
            BusinessRefusal.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_EMAIL));
    TsCnsActivation a = activations.all.get(0);
    assertThat(a.codesGeneration()).isEqualTo(1);
    assertThat(a.reissues()).isEmpty();
    assertThat(outbox.sent).hasSize(1);
    assertThat(audit.refusals)
        .extracting(AuditEvent::action, AuditEvent::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                AuditAction.CODES_REISSUE, ErrorCode.IDENTITY_DOCUMENT_INVALID.name()),
            org.assertj.core.groups.Tuple.tuple(
                AuditAction.CODES_REISSUE, ErrorCode.INVALID_EMAIL.name()));
  }

  @Test
  void noCodesAreReissuedForAnUnknownOrRevokedCard() {
    assertThatThrownBy(() -> reissueCodes(CARD, DESK))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CARD_NOT_ACTIVATED));
    activate(request(ActivationCase.HOLDER, HOLDER, null), DESK);
    activations.all.get(0).revoke(NOW);
    assertThatThrownBy(() -> reissueCodes(CARD, DESK))
        .isInstanceOfSatisfying(
            BusinessRefusal.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CARD_REVOKED));
    assertThat(audit.refusals)
        .extracting(AuditEvent::action)
        .containsOnly(AuditAction.CODES_REISSUE);
    assertThat(outbox.sent).hasSize(1);
  }

  @Test
  void onlyAnActiveOperatorAtAnEnabledCounterActivates() {
    intranet.operators.byUsername.get("op.anna").disable();
    assertThatThrownBy(() -> activate(request(ActivationCase.HOLDER, HOLDER, null), DESK))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.OPERATOR_NOT_PERMITTED));
    intranet.operators.byUsername.get("op.anna").enable();
    intranet.office.disable();
    refusedWith(request(ActivationCase.HOLDER, HOLDER, null), ErrorCode.COUNTER_OFFICE_REQUIRED);
    assertThat(activations.all).isEmpty();
  }

  @Test
  void aDisabledOfficeIsToldAtTheDeskBeforeAnythingIsTypedInTheOperatorsWords() {
    service.requireDeskOffice(DESK);
    intranet.office.disable();
    assertThatThrownBy(() -> service.requireDeskOffice(DESK))
        .isInstanceOfSatisfying(
            CounterOfficeRequiredException.class,
            e -> {
              assertThat(e.situation())
                  .isEqualTo(CounterOfficeRequiredException.Situation.DISABLED_AT_DESK);
              assertThat(Messages.ITALIAN.of(e))
                  .contains("disabilitato")
                  .contains("supervisore")
                  .doesNotContain("elenco");
            });
    assertThat(activations.all).isEmpty();
  }

  @Test
  void aPartnerNamingADisabledOfficeIsToldToSendAnotherIdNotToChooseFromAList() {
    intranet.office.disable();
    service.caller = Callers.as(new Actor.Partner(1, "ASL Uno"), Channel.PARTNER);
    assertThatThrownBy(() -> service.activate(request(ActivationCase.HOLDER, HOLDER, null), DESK))
        .isInstanceOfSatisfying(
            CounterOfficeRequiredException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.COUNTER_OFFICE_REQUIRED);
              assertThat(Messages.ENGLISH.of(e)).contains("counterOfficeId").doesNotContain("list");
              assertThat(Messages.ITALIAN.of(e)).doesNotContain("elenco");
            });
    assertThat(activations.all).isEmpty();
  }

  @Test
  void aPartnersActivationPrintsItsOperatorAndThePartnerNotTheRecordedKey() {
    service.caller = Callers.as(new Actor.Partner(1, "ASL Uno"), Channel.PARTNER);
    CounterDesk desk = CounterDesk.ofPartner(1, " Mario Bianchi ", 1);
    assertThat(desk.operatorUsername()).isEqualTo("partner:1:Mario Bianchi");

    ActivationOutcome outcome =
        service.activate(request(ActivationCase.HOLDER, HOLDER, null), desk);
    outcome.receipt().printed().wipe();

    assertThat(printed)
        .singleElement()
        .satisfies(form -> assertThat(form.operator()).isEqualTo("Mario Bianchi (ASL Uno)"));
    assertThat(activations.all.get(0).operatorUsername()).isEqualTo("partner:1:Mario Bianchi");
  }

  // --- consent to the privacy notice (issue #18) ------------------------------------------------

  @Test
  void theConsentIsRecordedWithTheActivationAuditedAndPrintedOnTheForm() {
    activate(request(ActivationCase.DELEGATE, HOLDER, OTHER), DESK);

    TsCnsActivation a = activations.all.get(0);
    assertThat(a.consent())
        .hasValueSatisfying(
            c -> {
              assertThat(c.noticeVersion()).isEqualTo(PrivacyNotice.CURRENT_VERSION);
              assertThat(c.givenBy().toString()).isEqualTo(OTHER);
              assertThat(c.givenAt()).isEqualTo(NOW);
            });
    assertThat(audit.changes.get(0).detail()).contains("consent=" + PrivacyNotice.CURRENT_VERSION);
    assertThat(printed)
        .singleElement()
        .satisfies(
            form -> {
              assertThat(form.consentDeclared()).isTrue();
              assertThat(form.consentGivenBy()).isEqualTo(OTHER);
              assertThat(form.consentNoticeVersion()).isEqualTo(PrivacyNotice.CURRENT_VERSION);
            });
  }

  @Test
  void onTheIntranetAnActivationWithoutConsentIsRefusedAndWritesNothing() {
    refusedWith(
        ActivationRequests.of(ActivationCase.HOLDER).consent(null).build(),
        ErrorCode.INVALID_REQUEST);
  }

  @Test
  void aContract11PartnerMayStillLeaveTheConsentOutAndTheFormCollectsItOnPaper() {
    service.caller = Callers.as(new Actor.Partner(1, "ASL Uno"), Channel.PARTNER);
    ActivationOutcome outcome =
        service.activate(
            request(ActivationCase.HOLDER, HOLDER, null).withConsent(null),
            CounterDesk.ofPartner(1, "Mario Bianchi", 1));
    outcome.receipt().printed().wipe();

    assertThat(activations.all.get(0).consent()).isEmpty();
    assertThat(printed)
        .singleElement()
        .satisfies(
            form -> {
              assertThat(form.consentDeclared()).isFalse();
              assertThat(form.consentNoticeVersion()).isEqualTo(PrivacyNotice.CURRENT_VERSION);
            });
  }

  @Test
  void anOperatorActivatesOnlyAtTheirOwnDesk() {
    assertThatThrownBy(
            () ->
                activate(
                    request(ActivationCase.HOLDER, HOLDER, null), new CounterDesk("op.bruno", 1)))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.OPERATOR_NOT_PERMITTED));
    assertThat(activations.all).isEmpty();
    assertThat(audit.refusals)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.TSCNS_ACTIVATION);
              assertThat(e.actor()).isEqualTo("operator:op.anna");
            });
  }

  @Test
  void theActivationComesWithItsFormMadeFromWhatWasJustWritten() {
    activate(request(ActivationCase.HOLDER, HOLDER, null), DESK);
    assertThat(forms).singleElement().isNotNull();
    assertThat(printed)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.holderCf()).isEqualTo(HOLDER);
              assertThat(c.cardId()).isEqualTo(CARD);
              assertThat(c.operator()).isEqualTo("Nome op.anna (op.anna)");
              assertThat(c.codesGeneration()).isEqualTo(1);
              // The form's copies of the halves were wiped once rendered.
              assertThat(c.pinFirstHalf()).containsOnly('\0');
            });
    reissueCodes(CARD, DESK);
    assertThat(printed).last().satisfies(c -> assertThat(c.codesGeneration()).isEqualTo(2));
  }

  @Test
  void theFormPrintsTheNamesAsTypedAtTheCounterAndNoneWhenNoneWasTyped() {
    // Issue #18: names used to come from the holder's account, if any; the acting person's never.
    activate(
        ActivationRequests.of(ActivationCase.LEGAL_REPRESENTATIVE)
            .build()
            .withNames(" Lucia Bianchi ", "Marco Bianchi"),
        DESK);
    assertThat(printed)
        .last()
        .satisfies(
            c -> {
              assertThat(c.holderName()).isEqualTo("Lucia Bianchi");
              assertThat(c.actingName()).isEqualTo("Marco Bianchi");
            });
    assertThat(activations.all.get(0).names())
        .isEqualTo(new PersonNames("Lucia Bianchi", "Marco Bianchi"));

    activations.all.clear();
    activate(
        ActivationRequests.of(ActivationCase.HOLDER)
            .acting(HOLDER)
            .card("4111111111111111")
            .build()
            .withNames("Mario Rossi", "someone else"),
        DESK);
    // The holder at the counter is the acting person: one name, the holder's.
    assertThat(printed)
        .last()
        .satisfies(
            c -> {
              assertThat(c.holderName()).isEqualTo("Mario Rossi");
              assertThat(c.actingName()).isEqualTo("Mario Rossi");
            });

    activations.all.clear();
    activate(ActivationRequests.of(ActivationCase.HOLDER).card("5500005555555559").build(), DESK);
    assertThat(printed)
        .last()
        .satisfies(
            c -> {
              assertThat(c.holderName()).isNull();
              assertThat(c.actingName()).isNull();
            });
  }

  @Test
  void aNameTooLongOrWithControlCharactersIsRefusedNamingItsField() {
    ActivationRequest tooLong =
        ActivationRequests.of(ActivationCase.DELEGATE).build().withNames("x".repeat(201), null);
    assertThatThrownBy(() -> activate(tooLong, DESK))
        .isInstanceOfSatisfying(
            ActivationInputException.class,
            e -> assertThat(e.field()).isEqualTo(ActivationInputException.Field.HOLDER_NAME));
    ActivationRequest control =
        ActivationRequests.of(ActivationCase.DELEGATE).build().withNames(null, "Marco\nBianchi");
    assertThatThrownBy(() -> activate(control, DESK))
        .isInstanceOfSatisfying(
            ActivationInputException.class,
            e ->
                assertThat(e.field()).isEqualTo(ActivationInputException.Field.ACTING_PERSON_NAME));
    assertThat(activations.all).isEmpty();
  }

  @Test
  void aFormThatCannotBeMadeLeavesTheActivationStanding() {
    service.forms.renderer =
        content -> {
          throw new IllegalStateException("no fonts");
        };
    ActivationReceipt receipt = activate(request(ActivationCase.HOLDER, HOLDER, null), DESK);
    assertThat(forms).singleElement().isNull();
    assertThat(new String(receipt.printed().pin())).isEqualTo("1234");
    assertThat(activations.all).hasSize(1);
    assertThat(outbox.sent).hasSize(1);
    assertThat(audit.changes).hasSize(1);
  }
}
