package it.cns.enrollment.infrastructure.pdf;

import it.cns.enrollment.application.port.ActivationFormContent;
import it.cns.enrollment.application.port.ActivationFormRenderer;
import jakarta.enterprise.context.Dependent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The TS-CNS activation form ("Attivazione TS-CNS / Activation form"), A4, two copies: page 1 for
 * the holder, page 2 for the office. Both carry the holder, the card, the case, the acting person
 * and their identity document, the documents checked, the operator, the counter, the date and the
 * signature boxes; only the holder's copy carries the first half of the PIN, PUK and CIP - the
 * office keeps the signed form, not the codes.
 *
 * <p>Dependent scope: a final class cannot be proxied; each caller gets its own instance (the fonts
 * are its only state).
 */
@Dependent
public final class ActivationFormPdf implements ActivationFormRenderer {

  static final String HOLDER_COPY = "Copia per il titolare / Holder's copy";
  static final String OFFICE_COPY = "Copia per l'ufficio / Office copy";

  private static final float MARGIN = 48;
  private static final float BODY = 9.5f;
  private static final float LEADING = 1.35f;
  private static final float VALUE_COLUMN = 235;

  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  /** The form as PDF bytes. */
  @Override
  public byte[] render(ActivationFormContent content) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Attivazione TS-CNS / Activation form");
      info.setSubject("TS-CNS " + content.holderCf());
      info.setProducer("CNS Enrollment");
      page(document, content, HOLDER_COPY, true);
      page(document, content, OFFICE_COPY, false);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the activation form", e);
    }
  }

  private void page(PDDocument document, ActivationFormContent c, String copy, boolean withCodes)
      throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
      float width = page.getMediaBox().getWidth() - 2 * MARGIN;
      Cursor w = new Cursor(stream, page.getMediaBox().getHeight() - MARGIN, width);
      w.line(bold, 16, "Attivazione TS-CNS / Activation form");
      w.line(bold, 11, copy);
      w.gap(6);

      w.section("Titolare e tessera / Holder and card");
      w.field("Codice fiscale del titolare / Holder's tax code", c.holderCf());
      if (c.holderName() != null && !c.holderName().isBlank()) {
        w.field("Nome e cognome / Name", c.holderName());
      }
      w.field("Numero della tessera / Card number", c.cardId());
      w.field("Caso di attivazione / Activation case", c.caseLabelIt());
      w.wrapped(regular, BODY - 1, "(" + c.caseLabelEn() + ")", width);

      w.section("Chi si presenta allo sportello / Person at the counter");
      w.field("Codice fiscale / Tax code", c.actingCf() + " (" + c.actingRoleIt() + ")");
      w.field("Documento di identità / Identity document", c.identityDocumentType());
      w.field("Numero / Number", c.identityDocumentNumber());
      w.field("Rilasciato da / Issued by", c.identityDocumentIssuer());
      w.field("Scadenza / Expiry", c.identityDocumentExpiry());

      w.section("Documenti verificati / Documents checked");
      for (String d : c.documentsChecked()) {
        w.wrapped(regular, BODY, "[X] " + d, width);
      }

      w.section("Codici personali, prima parte / Personal codes, first part");
      if (withCodes) {
        w.field("PIN - prima parte / first part", new String(c.pinFirstHalf()));
        w.field("PUK - prima parte / first part", new String(c.pukFirstHalf()));
        w.field("CIP - prima parte / first part", new String(c.cipFirstHalf()));
        w.wrapped(
            regular,
            BODY - 0.5f,
            "La seconda parte di ciascun codice è inviata per e-mail a "
                + c.email()
                + ": il codice completo è la prima parte seguita dalla seconda. Conservi i codici"
                + " separati dalla tessera. / The second part of each code is e-mailed to the"
                + " address above: the whole code is the first part followed by the second.",
            width);
      } else {
        w.wrapped(
            regular,
            BODY,
            "Riportati solo sulla copia del titolare. / Printed on the holder's copy only.",
            width);
      }
      w.field("Emissione dei codici n. / Codes issue no.", String.valueOf(c.codesGeneration()));

      w.section("Sportello / Counter");
      w.field("Ufficio / Office", c.counterName());
      w.field("Azienda sanitaria / Health agency", c.counterAgency());
      w.field("Indirizzo / Address", c.counterAddress());
      w.field("Operatore / Operator", c.operator());
      w.field("Data e ora / Date and time", c.dateTime());

      w.gap(14);
      signatureBoxes(stream, w.y, width);
    }
  }

  private void signatureBoxes(PDPageContentStream stream, float top, float width)
      throws IOException {
    float boxHeight = 70;
    float gap = 20;
    float boxWidth = (width - gap) / 2;
    float bottom = Math.max(MARGIN, top - boxHeight);
    String[] titles = {
      "Firma del titolare o di chi si presenta / Signature of the holder or person at the counter",
      "Firma dell'operatore / Operator's signature"
    };
    for (int i = 0; i < 2; i++) {
      float x = MARGIN + i * (boxWidth + gap);
      stream.addRect(x, bottom, boxWidth, boxHeight);
      stream.stroke();
      float y = bottom + boxHeight - 12;
      for (String line : wrap(regular, 8, titles[i], boxWidth - 8)) {
        text(stream, regular, 8, x + 4, y, line);
        y -= 10;
      }
    }
  }

  private void text(
      PDPageContentStream stream, PDType1Font font, float size, float x, float y, String s)
      throws IOException {
    stream.beginText();
    stream.setFont(font, size);
    stream.newLineAtOffset(x, y);
    stream.showText(printable(font, s));
    stream.endText();
  }

  /** {@code s} with every character the font's WinAnsi encoding lacks replaced by '?'. */
  static String printable(PDType1Font font, String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              String ch = new String(Character.toChars(cp));
              try {
                font.encode(ch);
                out.append(ch);
              } catch (IOException | IllegalArgumentException e) {
                out.append('?');
              }
            });
    return out.toString();
  }

  private List<String> wrap(PDType1Font font, float size, String s, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : printable(font, s).split(" ")) {
      String candidate = current.isEmpty() ? word : current + " " + word;
      if (current.isEmpty() || font.getStringWidth(candidate) / 1000 * size <= width) {
        current.setLength(0);
        current.append(candidate);
      } else {
        lines.add(current.toString());
        current.setLength(0);
        current.append(word);
      }
    }
    if (!current.isEmpty()) {
      lines.add(current.toString());
    }
    return lines;
  }

  /** Writes lines from the top of the page down. */
  private final class Cursor {
    private final PDPageContentStream stream;
    private float y;

    private final float valueWidth;

    Cursor(PDPageContentStream stream, float top, float width) {
      this.stream = stream;
      this.y = top;
      this.valueWidth = width - VALUE_COLUMN;
    }

    void line(PDType1Font font, float size, String s) throws IOException {
      y -= size * LEADING;
      text(stream, font, size, MARGIN, y, s);
    }

    void wrapped(PDType1Font font, float size, String s, float width) throws IOException {
      for (String l : wrap(font, size, s, width)) {
        line(font, size, l);
      }
    }

    void section(String title) throws IOException {
      gap(5);
      line(bold, BODY + 1.5f, title);
      gap(1);
    }

    void field(String label, String value) throws IOException {
      y -= BODY * LEADING;
      text(stream, regular, BODY, MARGIN, y, label + ":");
      List<String> lines = wrap(bold, BODY, value == null ? "-" : value, valueWidth);
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0) {
          y -= BODY * LEADING;
        }
        text(stream, bold, BODY, MARGIN + VALUE_COLUMN, y, lines.get(i));
      }
    }

    void gap(float points) {
      y -= points;
    }
  }
}
