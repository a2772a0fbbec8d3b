package it.cns.enrollment.infrastructure.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A;
import static org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1;

import it.cns.enrollment.application.port.PrintedDocument;
import it.cns.enrollment.application.port.PrintedDocument.Blank;
import it.cns.enrollment.application.port.PrintedDocument.Field;
import it.cns.enrollment.application.port.PrintedDocument.Heading;
import it.cns.enrollment.application.port.PrintedDocument.Page;
import it.cns.enrollment.application.port.PrintedDocument.Paragraph;
import it.cns.enrollment.application.port.PrintedDocument.Secret;
import it.cns.enrollment.application.port.PrintedDocument.Signatures;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.junit.jupiter.api.Test;

/**
 * Every kind of block the application prints (the blank forms, the credentials letter), as a PDF of
 * the activation form's family: text extractable, tagged, PDF/A-2a and PDF/UA-1 by veraPDF.
 */
class PrintedDocumentPdfTest {

  private static PrintedDocument everyBlock() {
    List<PrintedDocument.Block> blocks =
        List.of(
            new Heading("Titolare / Holder"),
            new Field("Nome e cognome / Name", "Łukasz Nguyễn Müller-Lüdenscheidt"),
            new Blank("Codice fiscale / Tax code"),
            new Paragraph(
                "Il/La sottoscritto/a delega la persona indicata sopra. " + "x ".repeat(80)),
            new Secret("PIN", "0123456789".toCharArray()),
            new Signatures(List.of("Firma del titolare / Holder's signature")));
    return new PrintedDocument(
        "Richiesta dei codici personali / Request for the personal codes",
        List.of(new Page("Copia per lo sportello", blocks), new Page(null, blocks)));
  }

  @Test
  void printsEveryBlockAsExtractableText() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(new PrintedDocumentPdf().render(everyBlock()))) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(2);
      String text = PdfText.of(pdf);
      assertThat(text)
          .contains("Richiesta dei codici personali / Request for the personal codes")
          .contains("Copia per lo sportello")
          .contains("Nome e cognome / Name: Łukasz Nguyễn Müller-Lüdenscheidt")
          .contains("Codice fiscale / Tax code:")
          .contains("PIN: 0123456789")
          .contains("Firma del titolare / Holder's signature")
          .doesNotContain("?");
      assertThat(pdf.getDocumentInformation().getTitle())
          .isEqualTo("Richiesta dei codici personali / Request for the personal codes");
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("it-IT");
      var root =
          (PDStructureElement) pdf.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
      List<String> types = new ArrayList<>();
      for (Object kid : root.getKids()) {
        types.add(((PDStructureElement) kid).getStructureType());
      }
      assertThat(types).startsWith("H1", "P", "H2", "P").containsOnly("H1", "H2", "P");
    }
  }

  @Test
  void conformsToPdfA2aAndPdfUa1AsVeraPdfJudgesIt() {
    byte[] pdf = new PrintedDocumentPdf().render(everyBlock());

    assertThat(PdfConformance.failures(pdf, PDFA_2_A)).isEmpty();
    assertThat(PdfConformance.failures(pdf, PDFUA_1)).isEmpty();
  }

  @Test
  void aSecretNeverShowsInTheDocumentsToStringAndIsWiped() {
    PrintedDocument d = everyBlock();
    assertThat(d.toString() + d.pages()).doesNotContain("0123456789");
    d.wipe();
    Secret pin = (Secret) d.pages().get(0).blocks().get(4);
    assertThat(pin.value()).containsOnly('\0');
  }
}
