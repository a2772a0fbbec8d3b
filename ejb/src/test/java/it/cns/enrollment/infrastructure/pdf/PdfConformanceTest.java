package it.cns.enrollment.infrastructure.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A;
import static org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** The checker itself: a plain, untagged PDF with a font not embedded must not pass. */
class PdfConformanceTest {

  private static byte[] plainPdf() throws Exception {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(document, page)) {
        s.beginText();
        s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        s.newLineAtOffset(50, 700);
        s.showText("Attivazione TS-CNS");
        s.endText();
      }
      document.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void aPlainPdfWithAFontNotEmbeddedFailsBothProfiles() throws Exception {
    byte[] pdf = plainPdf();

    assertThat(PdfConformance.failures(pdf, PDFA_2_A))
        .anyMatch(f -> f.startsWith("6.2.11.4.1")) // the font program is not embedded
        .anyMatch(f -> f.startsWith("6.6.2.1")); // no XMP metadata
    assertThat(PdfConformance.failures(pdf, PDFUA_1)).isNotEmpty();
  }
}
