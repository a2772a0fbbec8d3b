package it.cns.enrollment.infrastructure.pdf;

import static it.cns.enrollment.infrastructure.pdf.PdfText.pages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A;
import static org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1;

import it.cns.enrollment.application.port.ActivationFormContent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class ActivationFormPdfTest {

  /** The names that vary between the forms: the holder's, the ID issuer's, the operator's. */
  private record Names(String holder, String documentIssuer, String operator) {}

  private static final Names ITALIAN =
      new Names("MARIO ROSSI", "Comune di Forlì", "Anna Bianchi (op.anna)");
  private static final Names LATIN =
      new Names(
          "Łukasz Nguyễn Müller-Lüdenscheidt",
          "Urząd Miasta Łódź – Đà Nẵng",
          "Øystein Ærø (op.øystein)");

  private static ActivationFormContent content() {
    return form(ITALIAN, true);
  }

  /**
   * A delegate's form, the names given; {@code consented}: the request declared the consent, or not
   * (a contract 1.1 partner).
   */
  private static ActivationFormContent form(Names names, boolean consented) {
    return new ActivationFormContent(
        "RSSMRA80A01H501U",
        names.holder(),
        "6120016461039008",
        "Attivazione da parte di persona delegata dal titolare",
        "Activation by a person the holder delegated",
        "VRDGPP85M41F205X",
        "Persona delegata",
        "Carta d’identità",
        "CA12345AB",
        names.documentIssuer(),
        "31/12/2030",
        List.of(
            "un documento di identità valido del delegato: (carta d’identità, passaporto, patente"
                + " di guida o nautica o altro documento rilasciato dall’amministrazione dello"
                + " Stato munito di fotografia e timbro)",
            "la fotocopia del documento di identità del delegante",
            "il certificato medico o analoga documentazione clinica idonea che attesti"
                + " l’impossibilità del titolare della Tessera Sanitaria CNS di presentarsi"
                + " personalmente"),
        "mario.rossi@example.it",
        "7351".toCharArray(),
        "8462".toCharArray(),
        "9073".toCharArray(),
        1,
        names.operator(),
        "Sportello Anagrafe Ulss 2 – Treviso",
        "Azienda Ulss 2 Marca Trevigiana",
        "Via Sant’Ambrogio di Fiera 37, Treviso",
        "15/03/2026 10:30",
        "2026-12",
        consented ? "VRDGPP85M41F205X" : null,
        consented ? "15/03/2026 10:29" : null,
        null);
  }

  @Test
  void printsTwoCopiesWithTheFormsFactsAndAccents() throws Exception {
    byte[] pdf = new ActivationFormPdf().render(content());

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    List<String> pages = pages(pdf);
    assertThat(pages).hasSize(2);
    assertThat(pages.get(0)).contains(ActivationFormPdf.HOLDER_COPY);
    assertThat(pages.get(1)).contains(ActivationFormPdf.OFFICE_COPY);
    for (String page : pages) {
      assertThat(page)
          .contains("Attivazione TS-CNS / Activation form")
          .contains("RSSMRA80A01H501U")
          .contains("MARIO ROSSI")
          .contains("6120016461039008")
          .contains("Attivazione da parte di persona delegata dal titolare")
          .contains("VRDGPP85M41F205X")
          .contains("CA12345AB")
          .contains("Comune di Forlì")
          .contains("31/12/2030")
          .contains("la fotocopia del documento di identità del delegante")
          .contains("l’impossibilità del titolare")
          .contains("Anna Bianchi (op.anna)")
          .contains("Sportello Anagrafe Ulss 2 – Treviso")
          .contains("Via Sant’Ambrogio di Fiera 37, Treviso")
          .contains("15/03/2026 10:30")
          .contains("Firma del titolare")
          .contains("Firma dell'operatore");
    }
  }

  @Test
  void onlyTheHoldersCopyCarriesTheFirstHalvesOfTheCodes() throws Exception {
    List<String> pages = pages(new ActivationFormPdf().render(content()));

    assertThat(pages.get(0))
        .contains("PIN - prima parte / first part: 7351")
        .contains("PUK - prima parte / first part: 8462")
        .contains("CIP - prima parte / first part: 9073");
    assertThat(pages.get(1))
        .doesNotContain("7351")
        .doesNotContain("8462")
        .doesNotContain("9073")
        .contains("Printed on the holder's copy only");
  }

  @Test
  void charactersWinAnsiCannotEncodeBecomeQuestionMarksInsteadOfFailing() {
    PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    assertThat(ActivationFormPdf.printable(helvetica, "àèéìòù ’ € Ω 😀"))
        .isEqualTo("àèéìòù ’ € ? ?");
  }

  @Test
  void theContentsToStringHidesTheCodes() {
    ActivationFormContent c = content();
    assertThat(c.toString()).doesNotContain("7351").doesNotContain("6120016461039008");
    c.wipe();
    assertThat(c.pinFirstHalf()).containsOnly('\0');
  }

  // --- accessible and archival (issue #16) -------------------------------------------------------

  private static ActivationFormContent foreignNames() {
    return form(LATIN, true);
  }

  // --- consent to the privacy notice (issue #18) ------------------------------------------------

  @Test
  void bothCopiesCarryTheConsentGivenAndASignatureBoxForIt() throws Exception {
    for (String page : pages(new ActivationFormPdf().render(content()))) {
      assertThat(page)
          .contains("Informativa e consenso / Privacy notice and consent")
          .contains("versione / version 2026-12")
          .contains("Consenso prestato da / Consent given by: VRDGPP85M41F205X")
          .contains("Il / On: 15/03/2026 10:29")
          .contains("Firma per il consenso al trattamento dei dati");
    }
  }

  @Test
  void aConsentNotDeclaredWithTheRequestIsCollectedBySignature() throws Exception {
    for (String page : pages(new ActivationFormPdf().render(form(ITALIAN, false)))) {
      assertThat(page)
          .contains("versione / version 2026-12")
          .contains("Consenso non dichiarato nella richiesta")
          .doesNotContain("Consent given by")
          .contains("Firma per il consenso al trattamento dei dati");
    }
  }

  @Test
  void theLongestFormKeepsItsSignatureBoxesClearOfTheTextAbove() {
    ActivationFormPdf pdf = new ActivationFormPdf();
    pdf.render(foreignNames()); // the delegate: the longest checklist, and the consent section

    assertThat(pdf.roomLeftOnLastPage()).isGreaterThanOrEqualTo(0f);
  }

  @Test
  void everyLatinNamePrintsAndExtractsExactly() throws Exception {
    List<String> pages = pages(new ActivationFormPdf().render(foreignNames()));

    for (String page : pages) {
      assertThat(page)
          .contains("Łukasz Nguyễn Müller-Lüdenscheidt")
          .contains("Urząd Miasta Łódź – Đà Nẵng")
          .contains("Øystein Ærø (op.øystein)")
          .doesNotContain("?");
    }
    assertThat(pages.get(0))
        .contains("PIN - prima parte / first part: 7351")
        .contains("CIP - prima parte / first part: 9073");
  }

  @Test
  void theFontIsEmbeddedAndEveryCharacterMapsToUnicode() throws Exception {
    try (PDDocument document = Loader.loadPDF(new ActivationFormPdf().render(foreignNames()))) {
      for (var page : document.getPages()) {
        var resources = page.getResources();
        assertThat(resources.getFontNames()).isNotEmpty();
        for (var name : resources.getFontNames()) {
          var font = resources.getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).contains("DejaVuSans");
          assertThat(font.getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.TO_UNICODE))
              .as("ToUnicode of " + font.getName())
              .isTrue();
        }
      }
    }
  }

  @Test
  void isTaggedInItalianWithItsTitleShownAndNamesItsStandards() throws Exception {
    try (PDDocument document = Loader.loadPDF(new ActivationFormPdf().render(content()))) {
      var catalog = document.getDocumentCatalog();
      assertThat(catalog.getLanguage()).isEqualTo("it-IT");
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo(ActivationFormPdf.TITLE);
      assertThat(catalog.getOutputIntents()).hasSize(1);

      String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp)
          .contains("<pdfaid:part>2</pdfaid:part>")
          .contains("<pdfaid:conformance>A</pdfaid:conformance>")
          .contains("<pdfuaid:part>1</pdfuaid:part>")
          .contains(ActivationFormPdf.TITLE);

      var tree = catalog.getStructureTreeRoot();
      assertThat(tree).isNotNull();
      assertThat(tree.getKids()).hasSize(1);
      var root = (PDStructureElement) tree.getKids().get(0);
      assertThat(root.getStructureType()).isEqualTo("Document");
      List<String> types = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (Object kid : root.getKids()) {
        PDStructureElement element = (PDStructureElement) kid;
        types.add(element.getStructureType());
        assertThat(element.getKids()).as("content of " + element.getStructureType()).isNotEmpty();
      }
      assertThat(types.get(0)).isEqualTo("H1");
      assertThat(types).contains("H2", "P").containsOnly("H1", "H2", "P");
      assertThat(types.stream().filter("H1"::equals)).hasSize(2); // one per copy
      // Every page's marked content is reachable from the parent tree.
      for (var page : document.getPages()) {
        assertThat(page.getStructParents()).isGreaterThanOrEqualTo(0);
        assertThat(tree.getParentTree().getValue(page.getStructParents())).isNotNull();
      }
    }
  }

  // --- checked by veraPDF (issue #16) ------------------------------------------------------------

  @Test
  void conformsToPdfA2aAsVeraPdfJudgesIt() {
    assertThat(PdfConformance.failures(new ActivationFormPdf().render(foreignNames()), PDFA_2_A))
        .isEmpty();
  }

  @Test
  void conformsToPdfUa1AsVeraPdfJudgesIt() {
    assertThat(PdfConformance.failures(new ActivationFormPdf().render(foreignNames()), PDFUA_1))
        .isEmpty();
  }
}
