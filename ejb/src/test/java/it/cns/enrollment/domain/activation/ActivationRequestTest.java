package it.cns.enrollment.domain.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.credential.TestHashers;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.testing.ActivationRequests;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The activation rules, in the domain: what a request must be to become an activation. */
class ActivationRequestTest {

  private static final Instant NOW = Instant.parse("2026-03-15T09:30:00Z");
  private static final LocalDate TODAY = ActivationRequests.TODAY;
  private static final String HOLDER = ActivationRequests.HOLDER;
  private static final String OTHER = ActivationRequests.OTHER;

  // No consent declared: the tests that need one add it (withConsent).
  private static ActivationRequest request(ActivationCase c, String holder, String acting) {
    return ActivationRequests.of(c).holder(holder).acting(acting).consent(null).build();
  }

  // Consent optional here, as for a contract 1.1 partner: the rules below are not about it.
  private static TsCnsActivation.Facts admit(ActivationRequest r) {
    return r.admit(NOW, 1, "op.anna", false);
  }

  private static BusinessRefusal refusedWith(ActivationRequest r, ErrorCode code) {
    BusinessRefusal[] thrown = new BusinessRefusal[1];
    assertThatThrownBy(() -> admit(r))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> {
              assertThat(e.code()).isEqualTo(code);
              thrown[0] = e;
            });
    return thrown[0];
  }

  @Test
  void theHolderCaseIsAdmittedWithTheHolderAtTheCounter() {
    TsCnsActivation.Facts facts = admit(request(ActivationCase.HOLDER, HOLDER, null));
    assertThat(facts.acting()).isEqualTo(CodiceFiscale.parse(HOLDER));
    assertThat(facts.counterOfficeId()).isEqualTo(1);
    assertThat(facts.operatorUsername()).isEqualTo("op.anna");
    assertThat(facts.documents()).isEqualTo(ActivationCase.HOLDER.requiredDocuments());
    assertThat(facts.email()).isEqualTo("mario.rossi@example.it");
  }

  @Test
  void everyCaseIsAdmittedWithItsDocumentsAndTheRightPersonAtTheCounter() {
    for (ActivationRequests r : ActivationRequests.forEveryCase()) {
      TsCnsActivation.Facts facts = admit(r.build());
      assertThat(facts.activationCase()).isEqualTo(r.activationCase());
      assertThat(facts.acting().toString()).isEqualTo(r.acting());
    }
  }

  @Test
  void anInvalidCardNumberIsRefusedNamingTheField() {
    ActivationRequest r =
        ActivationRequests.of(ActivationCase.HOLDER).card("6120016461039009").build();
    BusinessRefusal e = refusedWith(r, ErrorCode.INVALID_REQUEST);
    assertThat(Messages.ITALIAN.of(e))
        .startsWith("Numero della tessera: ")
        .contains("cifra di controllo");
    assertThat(Messages.ENGLISH.of(e)).startsWith("Card number: ");
  }

  @Test
  void anInvalidCodiceFiscaleIsRefused() {
    refusedWith(
        request(ActivationCase.HOLDER, "RSSMRA80A01H501X", null), ErrorCode.INVALID_REQUEST);
    refusedWith(
        request(ActivationCase.DELEGATE, HOLDER, "VRDGPP85M41F205"), ErrorCode.INVALID_REQUEST);
  }

  @Test
  void aRequestWithoutACaseIsRefused() {
    refusedWith(ActivationRequests.of(null).build(), ErrorCode.INVALID_REQUEST);
  }

  @Test
  void theActingPersonIsTheHolderOnlyInTheHolderCase() {
    refusedWith(request(ActivationCase.HOLDER, HOLDER, OTHER), ErrorCode.INVALID_REQUEST);
    refusedWith(request(ActivationCase.DELEGATE, HOLDER, HOLDER), ErrorCode.INVALID_REQUEST);
    refusedWith(
        request(ActivationCase.LEGAL_REPRESENTATIVE, HOLDER, " "), ErrorCode.INVALID_REQUEST);
  }

  @Test
  void aParentActivatesOnlyForAMinorUntilTheEighteenthBirthday() {
    refusedWith(request(ActivationCase.PARENT_OF_MINOR, HOLDER, OTHER), ErrorCode.HOLDER_NOT_MINOR);
    refusedWith(
        request(
            ActivationCase.PARENT_OF_MINOR, ActivationRequests.bornOn(TODAY.minusYears(18)), OTHER),
        ErrorCode.HOLDER_NOT_MINOR);

    TsCnsActivation.Facts facts =
        admit(
            request(
                ActivationCase.PARENT_OF_MINOR,
                ActivationRequests.bornOn(TODAY.minusYears(18).plusDays(1)),
                OTHER));
    assertThat(facts.activationCase()).isEqualTo(ActivationCase.PARENT_OF_MINOR);
  }

  @Test
  void theParentGuardianOrDelegateMustBeOfAge() {
    String child = ActivationRequests.bornOn(LocalDate.of(2016, 5, 1));
    String olderChild = ActivationRequests.bornOn(LocalDate.of(2015, 5, 1));
    for (ActivationCase c :
        EnumSet.of(
            ActivationCase.PARENT_OF_MINOR,
            ActivationCase.LEGAL_REPRESENTATIVE,
            ActivationCase.DELEGATE)) {
      BusinessRefusal e = refusedWith(request(c, child, olderChild), ErrorCode.INVALID_REQUEST);
      assertThat(((ActivationInputException) e).field())
          .isEqualTo(ActivationInputException.Field.ACTING_CF);
      assertThat(Messages.ITALIAN.of(e)).contains("maggiorenne");
      assertThat(Messages.ENGLISH.of(e)).contains("of age");
    }
    String turnsEighteenToday = ActivationRequests.bornOn(TODAY.minusYears(18));
    assertThat(admit(request(ActivationCase.PARENT_OF_MINOR, child, turnsEighteenToday)).acting())
        .isEqualTo(CodiceFiscale.parse(turnsEighteenToday));
    refusedWith(
        request(
            ActivationCase.DELEGATE,
            HOLDER,
            ActivationRequests.bornOn(TODAY.minusYears(18).plusDays(1))),
        ErrorCode.INVALID_REQUEST);
  }

  @Test
  void aDelegateWithoutTheMedicalCertificateIsRefusedNamingIt() {
    Set<ActivationDocument> all = new HashSet<>(ActivationCase.DELEGATE.requiredDocuments());
    all.remove(ActivationDocument.MEDICAL_CERTIFICATE);
    ActivationRequest r = ActivationRequests.of(ActivationCase.DELEGATE).documents(all).build();
    BusinessRefusal e = refusedWith(r, ErrorCode.ACTIVATION_DOCUMENT_MISSING);
    assertThat(Messages.ITALIAN.of(e)).contains("il certificato medico");
    assertThat(Messages.ITALIAN.of(e)).doesNotContain("fotocopia");
    assertThat(Messages.ENGLISH.of(e)).contains("a medical certificate");
  }

  @Test
  void everyCaseRefusesEachMissingDocument() {
    for (ActivationCase c : ActivationCase.values()) {
      for (ActivationDocument d : c.requiredDocuments()) {
        EnumSet<ActivationDocument> confirmed = EnumSet.copyOf(c.requiredDocuments());
        confirmed.remove(d);
        String holder =
            c == ActivationCase.PARENT_OF_MINOR
                ? ActivationRequests.bornOn(TODAY.minusYears(3))
                : HOLDER;
        String acting = c == ActivationCase.HOLDER ? null : OTHER;
        refusedWith(
            ActivationRequests.of(c).holder(holder).acting(acting).documents(confirmed).build(),
            ErrorCode.ACTIVATION_DOCUMENT_MISSING);
      }
    }
  }

  @Test
  void anExpiredOrIncompleteIdentityDocumentIsRefused() {
    ActivationRequest expired =
        ActivationRequests.of(ActivationCase.HOLDER)
            .document(
                new IdentityDocument(
                    IdentityDocumentType.PASSAPORTO, "YA1", "Questura", TODAY.minusDays(1)))
            .build();
    refusedWith(expired, ErrorCode.IDENTITY_DOCUMENT_INVALID);
    ActivationRequest none = ActivationRequests.of(ActivationCase.HOLDER).document(null).build();
    refusedWith(none, ErrorCode.IDENTITY_DOCUMENT_INVALID);
  }

  @Test
  void anInvalidEmailIsRefused() {
    ActivationRequest r =
        ActivationRequests.of(ActivationCase.HOLDER).email("mario.rossi@example").build();
    refusedWith(r, ErrorCode.INVALID_EMAIL);
  }

  @Test
  void theAggregateRefusesFactsThatBreakARuleWhoeverBuiltThem() {
    TsCnsActivation.Facts adult =
        new TsCnsActivation.Facts(
            admit(request(ActivationCase.HOLDER, HOLDER, null)).cardId(),
            CodiceFiscale.parse(HOLDER),
            ActivationCase.PARENT_OF_MINOR,
            CodiceFiscale.parse(OTHER),
            ActivationRequests.document(),
            ActivationCase.PARENT_OF_MINOR.requiredDocuments(),
            "a@b.it",
            1,
            "op.anna",
            null,
            PersonNames.NONE);
    CodeHashes hashes =
        new CodeHashes(
            TestHashers.fast().hash("1".toCharArray()),
            TestHashers.fast().hash("2".toCharArray()),
            TestHashers.fast().hash("3".toCharArray()));
    assertThatThrownBy(() -> TsCnsActivation.activate(adult, hashes, NOW))
        .isInstanceOfSatisfying(
            BusinessRefusal.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.HOLDER_NOT_MINOR));
    assertThatThrownBy(() -> TsCnsActivation.activate(adult, hashes, NOW))
        .isInstanceOf(BusinessRefusal.class);
    TsCnsActivation.Facts expired =
        new TsCnsActivation.Facts(
            adult.cardId(),
            adult.holder(),
            ActivationCase.HOLDER,
            adult.holder(),
            new IdentityDocument(
                IdentityDocumentType.PASSAPORTO, "YA1", "Questura", TODAY.minusDays(1)),
            ActivationCase.HOLDER.requiredDocuments(),
            "a@b.it",
            1,
            "op.anna",
            null,
            PersonNames.NONE);
    assertThatThrownBy(() -> TsCnsActivation.activate(expired, hashes, NOW))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.IDENTITY_DOCUMENT_INVALID));
  }

  // --- consent to the privacy notice (issue #18) ------------------------------------------------

  @Test
  void theConsentIsRecordedAsGivenByThePersonAtTheCounterToTheCurrentNotice() {
    TsCnsActivation.Facts facts =
        request(ActivationCase.DELEGATE, HOLDER, OTHER)
            .withConsent(PrivacyNotice.CURRENT_VERSION)
            .admit(NOW, 1, "op.anna", true);

    assertThat(facts.consent())
        .isEqualTo(
            new PrivacyConsent(PrivacyNotice.CURRENT_VERSION, CodiceFiscale.parse(OTHER), NOW));
  }

  @Test
  void withoutConsentWhereItIsRequiredTheRequestIsRefusedNamingTheConsent() {
    ActivationRequest r = request(ActivationCase.HOLDER, HOLDER, null);
    assertThatThrownBy(() -> r.admit(NOW, 1, "op.anna", true))
        .isInstanceOfSatisfying(
            ActivationInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo(ActivationInputException.Field.CONSENT);
              assertThat(Messages.ITALIAN.of(e))
                  .startsWith("Consenso al trattamento dei dati personali: ")
                  .contains("informativa");
              assertThat(Messages.ENGLISH.of(e)).contains("privacy notice");
            });
    assertThat(r.withConsent(" ").admit(NOW, 1, "op.anna", false).consent()).isNull();
  }

  @Test
  void aConsentToAnotherVersionOfTheNoticeIsRefusedNamingTheCurrentOne() {
    ActivationRequest r = request(ActivationCase.HOLDER, HOLDER, null).withConsent("2020-01");
    assertThatThrownBy(() -> r.admit(NOW, 1, "op.anna", false))
        .isInstanceOfSatisfying(
            ActivationInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo(ActivationInputException.Field.CONSENT);
              assertThat(Messages.ENGLISH.of(e)).contains(PrivacyNotice.CURRENT_VERSION);
            });
  }

  @Test
  void theAggregateKeepsTheConsentAndRefusesOneGivenBySomeoneNotAtTheCounter() {
    TsCnsActivation.Facts facts =
        request(ActivationCase.HOLDER, HOLDER, null)
            .withConsent(PrivacyNotice.CURRENT_VERSION)
            .admit(NOW, 1, "op.anna", true);
    var hasher = TestHashers.fast();
    CodeHashes hashes =
        new CodeHashes(
            hasher.hash("1".toCharArray()),
            hasher.hash("2".toCharArray()),
            hasher.hash("3".toCharArray()));

    assertThat(TsCnsActivation.activate(facts, hashes, NOW).consent()).contains(facts.consent());
    TsCnsActivation.Facts forged =
        new TsCnsActivation.Facts(
            facts.cardId(),
            facts.holder(),
            facts.activationCase(),
            facts.acting(),
            facts.identityDocument(),
            facts.documents(),
            facts.email(),
            facts.counterOfficeId(),
            facts.operatorUsername(),
            new PrivacyConsent(PrivacyNotice.CURRENT_VERSION, CodiceFiscale.parse(OTHER), NOW),
            PersonNames.NONE);
    assertThatThrownBy(() -> TsCnsActivation.activate(forged, hashes, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            TsCnsActivation.activate(
                    admit(request(ActivationCase.HOLDER, HOLDER, null)), hashes, NOW)
                .consent())
        .isEmpty();
  }
}
