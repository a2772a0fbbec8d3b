package it.cns.enrollment.application.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.application.port.PrintedDocument;
import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.activation.ActivationInputException;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the blank forms say and which pre-filled values they refuse; the PDF is tested apart. */
class BlankFormsTest {

  /** Keeps the document it is given instead of drawing it. */
  private static final class Recorder
      implements it.cns.enrollment.application.port.DocumentRenderer {
    final List<PrintedDocument> rendered = new ArrayList<>();

    @Override
    public byte[] render(PrintedDocument document) {
      rendered.add(document);
      return new byte[] {1};
    }
  }

  private final Recorder recorder = new Recorder();
  private final BlankForms forms = new BlankForms();

  {
    forms.renderer = recorder;
  }

  private static String text(PrintedDocument d) {
    StringBuilder s = new StringBuilder(d.title()).append('\n');
    for (PrintedDocument.Page p : d.pages()) {
      s.append("[page ").append(p.subtitle()).append("]\n");
      for (PrintedDocument.Block b : p.blocks()) {
        s.append(b).append('\n');
      }
    }
    return s.toString();
  }

  private static final DelegationDetails FILLED =
      new DelegationDetails(
          "Łukasz Nguyễn",
          "rssmra80a01h501u",
          " 6120016461039008 ",
          "Giuseppina Verdi",
          "VRDGPP85M41F205X",
          "Mario.Rossi@Example.IT");

  @Test
  void theBlankDelegationHasLinesForEveryValueAndTheHoldersSignature() {
    forms.delegation(DelegationDetails.none());

    PrintedDocument d = recorder.rendered.get(0);
    assertThat(d.title()).isEqualTo("Attivazione TS-CNS - delega / TS-CNS activation - delegation");
    assertThat(d.pages()).hasSize(1);
    List<PrintedDocument.Block> blocks = d.pages().get(0).blocks();
    assertThat(blocks).filteredOn(b -> b instanceof PrintedDocument.Field).isEmpty();
    assertThat(blocks)
        .contains(
            new PrintedDocument.Blank("Nome e cognome / Name"),
            new PrintedDocument.Blank("Codice fiscale / Tax code"),
            new PrintedDocument.Blank("Numero della tessera / Card number"),
            new PrintedDocument.Blank("Luogo e data / Place and date"),
            new PrintedDocument.Signatures(List.of("Firma del titolare / Holder's signature")));
    assertThat(text(d))
        .contains(Messages.ITALIAN.printed("delegation.text"))
        .contains(Messages.ENGLISH.printed("delegation.text"))
        .contains("la richiesta dei codici personali firmata dal titolare, in due copie");
  }

  @Test
  void aPrefilledDelegationPrintsTheValuesNormalised() {
    forms.delegation(FILLED);

    String text = text(recorder.rendered.get(0));
    assertThat(text)
        .contains("Field[label=Nome e cognome / Name, value=Łukasz Nguyễn]")
        .contains("Field[label=Codice fiscale / Tax code, value=RSSMRA80A01H501U]")
        .contains("Field[label=Numero della tessera / Card number, value=6120016461039008]")
        .contains("Field[label=Nome e cognome / Name, value=Giuseppina Verdi]")
        .contains("Field[label=Codice fiscale / Tax code, value=VRDGPP85M41F205X]");
  }

  @Test
  void theCodesRequestComesInTwoCopiesWithTheAddressForTheSecondHalves() {
    forms.codesRequest(FILLED);

    PrintedDocument d = recorder.rendered.get(0);
    assertThat(d.title())
        .isEqualTo("Richiesta dei codici personali / Request for the personal codes");
    assertThat(d.pages())
        .extracting(PrintedDocument.Page::subtitle)
        .containsExactly(
            "Copia per lo sportello / Counter's copy", "Copia per il titolare / Holder's copy");
    assertThat(text(d))
        .contains("value=Mario.Rossi@example.it]")
        .contains("PIN, PUK e CIP")
        .doesNotContain("Blank[label=Indirizzo di posta elettronica");
  }

  @Test
  void refusesACodiceFiscaleThatCouldNeverPassAtTheCounterNamingTheField() {
    DelegationDetails wrong =
        new DelegationDetails(null, null, null, null, "VRDGPP85M41F205Y", null);

    assertThatThrownBy(() -> forms.delegation(wrong))
        .isInstanceOfSatisfying(
            ActivationInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo(ActivationInputException.Field.ACTING_CF);
              assertThat(Messages.ITALIAN.of(e))
                  .startsWith("Codice fiscale di chi si presenta allo sportello: ");
            });
    assertThat(recorder.rendered).isEmpty();
  }

  @Test
  void refusesAWrongCardNumberAndAWrongAddress() {
    assertThatThrownBy(
            () ->
                forms.codesRequest(
                    new DelegationDetails(null, null, "6120016461039009", null, null, null)))
        .isInstanceOfSatisfying(
            ActivationInputException.class,
            e -> assertThat(e.field()).isEqualTo(ActivationInputException.Field.CARD_ID));
    assertThatThrownBy(
            () ->
                forms.codesRequest(
                    new DelegationDetails(null, null, null, null, null, "mario.rossi@")))
        .isInstanceOfSatisfying(
            BusinessRefusal.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_EMAIL));
  }

  @Test
  void refusesANameTooLongOrWithALineBreakSayingWhy() {
    String tooLong = "A".repeat(BlankForms.NAME_MAX + 1);
    assertThatThrownBy(
            () -> forms.delegation(new DelegationDetails(tooLong, null, null, null, null, null)))
        .isInstanceOfSatisfying(
            ActivationInputException.class,
            e ->
                assertThat(Messages.ENGLISH.of(e))
                    .isEqualTo(
                        "Holder's name: may have at most 100 characters, with no line breaks or"
                            + " control characters."));
    assertThatThrownBy(
            () ->
                forms.delegation(
                    new DelegationDetails(null, null, null, "Anna\nBianchi", null, null)))
        .isInstanceOfSatisfying(
            ActivationInputException.class,
            e -> assertThat(e.field()).isEqualTo(ActivationInputException.Field.ACTING_NAME));
  }
}
