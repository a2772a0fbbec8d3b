package it.cns.enrollment.domain.activation;

import static it.cns.enrollment.domain.activation.ActivationDocument.GUARDIAN_STATUS_DOCUMENT;
import static it.cns.enrollment.domain.activation.ActivationDocument.HOLDER_IDENTITY_DOCUMENT_COPY;
import static it.cns.enrollment.domain.activation.ActivationDocument.HOLDER_SIGNED_ACTIVATION_FORM;
import static it.cns.enrollment.domain.activation.ActivationDocument.HOLDER_SIGNED_CODE_REQUEST;
import static it.cns.enrollment.domain.activation.ActivationDocument.IDENTITY_DOCUMENT;
import static it.cns.enrollment.domain.activation.ActivationDocument.MEDICAL_CERTIFICATE;
import static it.cns.enrollment.domain.activation.ActivationDocument.PARENT_STATUS_DOCUMENT;
import static it.cns.enrollment.domain.activation.ActivationDocument.TS_CNS_CARD;
import static it.cns.enrollment.domain.activation.ActivationDocument.VALID_EMAIL;
import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.application.text.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActivationCaseTest {

  // The seed's "Attivare la TS-CNS" section, copied into the test resources (seed/README.md).
  private static final String SEED_EXCERPT = "/seed/attivare-la-ts-cns.txt";

  @Test
  void theHolderBringsAnIdentityDocumentTheCardAndAnEmailAddress() {
    assertThat(ActivationCase.HOLDER.requiredDocuments())
        .containsExactly(IDENTITY_DOCUMENT, TS_CNS_CARD, VALID_EMAIL);
  }

  @Test
  void aParentAlsoBringsProofOfParenthood() {
    assertThat(ActivationCase.PARENT_OF_MINOR.requiredDocuments())
        .containsExactly(IDENTITY_DOCUMENT, TS_CNS_CARD, VALID_EMAIL, PARENT_STATUS_DOCUMENT);
  }

  @Test
  void aGuardianCuratorOrSupportAdministratorAlsoBringsProofOfThatStatus() {
    assertThat(ActivationCase.LEGAL_REPRESENTATIVE.requiredDocuments())
        .containsExactly(IDENTITY_DOCUMENT, TS_CNS_CARD, VALID_EMAIL, GUARDIAN_STATUS_DOCUMENT);
  }

  @Test
  void aDelegateBringsTheHoldersSignedFormsACopyOfTheirDocumentAndAMedicalCertificate() {
    assertThat(ActivationCase.DELEGATE.requiredDocuments())
        .containsExactly(
            IDENTITY_DOCUMENT,
            HOLDER_IDENTITY_DOCUMENT_COPY,
            TS_CNS_CARD,
            HOLDER_SIGNED_ACTIVATION_FORM,
            HOLDER_SIGNED_CODE_REQUEST,
            MEDICAL_CERTIFICATE);
  }

  @Test
  void missingDocumentsAreListedInTheCasesOrder() {
    assertThat(
            ActivationCase.DELEGATE.missingFrom(
                Set.of(IDENTITY_DOCUMENT, TS_CNS_CARD, HOLDER_SIGNED_ACTIVATION_FORM)))
        .containsExactly(
            HOLDER_IDENTITY_DOCUMENT_COPY, HOLDER_SIGNED_CODE_REQUEST, MEDICAL_CERTIFICATE);
    assertThat(ActivationCase.HOLDER.missingFrom(null))
        .containsExactly(IDENTITY_DOCUMENT, TS_CNS_CARD, VALID_EMAIL);
    // A document of another case confirmed on top does no harm.
    assertThat(
            ActivationCase.HOLDER.missingFrom(
                Set.of(IDENTITY_DOCUMENT, TS_CNS_CARD, VALID_EMAIL, MEDICAL_CERTIFICATE)))
        .isEmpty();
  }

  @Test
  void theCasesWordingFollowsTheSeed() {
    assertThat(
            Messages.in(Locale.ITALIAN).documentLabel(ActivationCase.PARENT_OF_MINOR, TS_CNS_CARD))
        .isEqualTo("la tessera TS-CNS ricevuta del figlio minore");
    assertThat(
            Messages.in(Locale.ITALIAN)
                .documentLabel(ActivationCase.LEGAL_REPRESENTATIVE, IDENTITY_DOCUMENT))
        .startsWith("un suo documento di identità valido");
    assertThat(
            Messages.in(Locale.ITALIAN).documentLabel(ActivationCase.DELEGATE, IDENTITY_DOCUMENT))
        .startsWith("un documento di identità valido del delegato");
    assertThat(Messages.in(Locale.ITALIAN).documentLabel(ActivationCase.HOLDER, TS_CNS_CARD))
        .isEqualTo(Messages.ITALIAN.label(TS_CNS_CARD))
        .isEqualTo("la tessera TS-CNS ricevuta");
    assertThat(Messages.ENGLISH.label(MEDICAL_CERTIFICATE)).startsWith("a medical certificate");
  }

  @ParameterizedTest
  @EnumSource(ActivationCase.class)
  void everyCaseHasItalianAndEnglishTextsForItselfAndItsDocuments(ActivationCase c) {
    for (Locale locale : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
      assertThat(Messages.in(locale).label(c)).isNotBlank();
      assertThat(Messages.in(locale).checklistIntro(c)).endsWith(":");
      assertThat(Messages.in(locale).actingRole(c)).isNotBlank();
      for (ActivationDocument d : c.requiredDocuments()) {
        assertThat(Messages.in(locale).documentLabel(c, d)).isNotBlank();
      }
    }
    assertThat(Messages.in(Locale.ENGLISH).label(c))
        .isNotEqualTo(Messages.in(Locale.ITALIAN).label(c));
    // A locale with no bundle of its own reads Italian, never the JVM's default.
    assertThat(Messages.in(Locale.GERMAN).label(c)).isEqualTo(Messages.in(Locale.ITALIAN).label(c));
  }

  @ParameterizedTest
  @EnumSource(IdentityDocumentType.class)
  void everyIdentityDocumentTypeHasLabels(IdentityDocumentType type) {
    assertThat(Messages.in(Locale.ITALIAN).label(type)).isNotBlank();
    assertThat(Messages.in(Locale.ENGLISH).label(type)).isNotBlank();
  }

  @ParameterizedTest
  @EnumSource(ActivationCase.class)
  void theChecklistIsWordForWordTheSeedsList(ActivationCase c) throws IOException {
    List<String> seed = seedLines();
    String heading = Messages.in(Locale.ITALIAN).label(c);
    int at = indexOf(seed, heading, 0);
    assertThat(at).as("seed heading " + heading).isNotNegative();
    int intro = indexOf(seed, Messages.in(Locale.ITALIAN).checklistIntro(c), at + 1);
    assertThat(intro).as("seed intro of " + c).isNotNegative();

    List<String> bullets = new ArrayList<>();
    for (int i = intro + 1; i < seed.size(); i++) {
      String line = seed.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (!line.startsWith("•")) {
        break;
      }
      bullets.add(withoutFinalPunctuation(line.substring(1).strip()));
    }
    assertThat(
            c.requiredDocuments().stream()
                .map(d -> Messages.in(Locale.ITALIAN).documentLabel(c, d)))
        .containsExactlyElementsOf(bullets);
  }

  private static int indexOf(List<String> lines, String text, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (withoutFinalPunctuation(lines.get(i).strip()).equals(withoutFinalPunctuation(text))) {
        return i;
      }
    }
    return -1;
  }

  /** One final ';' or '.', as list items and headings end in the seed. */
  private static String withoutFinalPunctuation(String s) {
    return s.endsWith(";") || s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static List<String> seedLines() throws IOException {
    try (InputStream in = ActivationCaseTest.class.getResourceAsStream(SEED_EXCERPT)) {
      assertThat(in).as("test resource " + SEED_EXCERPT).isNotNull();
      List<String> lines = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R", -1)) {
        // The seed's typography: no-break spaces and doubled spaces are spaces here.
        // One departure from the seed: the current legal term (art. 316 c.c., since 2013)
        // instead of "patria potest\u00e0".
        lines.add(
            line.replace('\u00a0', ' ')
                .replaceAll(" {2,}", " ")
                .replace(
                    "con patria potest\u00e0 deve", "con responsabilit\u00e0 genitoriale, deve"));
      }
      return lines;
    }
  }
}
