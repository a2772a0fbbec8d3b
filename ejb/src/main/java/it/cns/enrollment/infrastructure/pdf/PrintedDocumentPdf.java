package it.cns.enrollment.infrastructure.pdf;

import it.cns.enrollment.application.port.DocumentRenderer;
import it.cns.enrollment.application.port.PrintedDocument;
import jakarta.enterprise.context.Dependent;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Any {@link PrintedDocument} (the blank forms of a delegation, the credentials letter) as a PDF of
 * the same family as the activation form ({@link TaggedPdf}: PDF/A-2a, PDF/UA-1, DejaVu Sans
 * embedded): each page opens with the title as its H1, sections are H2, everything else P.
 */
@Dependent
public final class PrintedDocumentPdf implements DocumentRenderer {

  @Override
  public byte[] render(PrintedDocument document) {
    try (TaggedPdf pdf = new TaggedPdf(document.title())) {
      for (PrintedDocument.Page page : document.pages()) {
        try (TaggedPdf.Cursor w = pdf.page()) {
          w.title(document.title());
          if (page.subtitle() != null) {
            w.start("P");
            w.line(pdf.bold, 11, page.subtitle());
          }
          w.gap(6);
          for (PrintedDocument.Block block : page.blocks()) {
            write(w, block);
          }
        }
      }
      return pdf.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + document, e);
    }
  }

  private static void write(TaggedPdf.Cursor w, PrintedDocument.Block block) throws IOException {
    // Java 17: no pattern matching in switch yet.
    if (block instanceof PrintedDocument.Heading h) {
      w.section(h.text());
    } else if (block instanceof PrintedDocument.Paragraph p) {
      w.gap(2);
      w.paragraph(p.text());
    } else if (block instanceof PrintedDocument.Field f) {
      w.field(f.label(), f.value());
    } else if (block instanceof PrintedDocument.Blank b) {
      w.blank(b.label());
    } else if (block instanceof PrintedDocument.Secret s) {
      w.field(s.label(), new String(s.value()));
    } else if (block instanceof PrintedDocument.Signatures s) {
      w.gap(14);
      w.signatureBoxes(s.titles());
    }
  }
}
