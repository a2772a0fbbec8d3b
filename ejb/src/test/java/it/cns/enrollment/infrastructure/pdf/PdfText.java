package it.cns.enrollment.infrastructure.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text a reader extracts from a rendered PDF (PDFBox), each run of whitespace made one space,
 * so that tests assert on sentences whatever the layout's line breaks.
 */
public final class PdfText {

  private PdfText() {}

  /** The whole document's text. */
  public static String of(PDDocument document) throws IOException {
    return collapsed(new PDFTextStripper().getText(document));
  }

  /** The whole document's text. */
  public static String of(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return of(document);
    }
  }

  /** The text of each page, in order. */
  public static List<String> pages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      List<String> pages = new ArrayList<>();
      for (int p = 1; p <= document.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(collapsed(stripper.getText(document)));
      }
      return pages;
    }
  }

  private static String collapsed(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
