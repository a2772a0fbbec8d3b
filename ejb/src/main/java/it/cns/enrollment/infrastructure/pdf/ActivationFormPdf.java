package it.cns.enrollment.infrastructure.pdf;

import it.cns.enrollment.application.port.ActivationFormContent;
import it.cns.enrollment.application.port.ActivationFormRenderer;
import jakarta.enterprise.context.Dependent;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The TS-CNS activation form ("Attivazione TS-CNS / Activation form"), A4, two copies: page 1 for
 * the holder, page 2 for the office. Both carry the holder, the card, the case, the acting person
 * and their identity document, the documents checked, the operator, the counter, the date and the
 * signature boxes; only the holder's copy carries the first half of the PIN, PUK and CIP - the
 * office keeps the signed form, not the codes.
 *
 * <p>Accessible and archival (issue #16): tagged for PDF/UA-1 (a structure tree in reading order -
 * Document, H1, H2, P; the signature boxes' lines are artifacts; Italian as the document language;
 * the title shown instead of the file name) and identified as PDF/A-2a, with DejaVu Sans embedded
 * (from npm, see ejb/pom.xml) so that every Latin name (Łukasz, Nguyễn) prints and extracts
 * exactly, and an sRGB output intent (the JDK's own profile). The form has no images, so no
 * alternative text.
 *
 * <p>Dependent scope: a final class cannot be proxied; each caller gets its own instance (the
 * document being written is its only state).
 */
@Dependent
public final class ActivationFormPdf implements ActivationFormRenderer {

  static final String HOLDER_COPY = "Copia per il titolare / Holder's copy";
  static final String OFFICE_COPY = "Copia per l'ufficio / Office copy";

  private static final float MARGIN = 48;
  private static final float BODY = 9.5f;
  private static final float LEADING = 1.35f;
  private static final float VALUE_COLUMN = 235;

  static final String TITLE = "Attivazione TS-CNS / Activation form";
  static final String LANGUAGE = "it-IT";
  private static final String PRODUCER = "CNS Enrollment";
  private static final String FONTS = "font/ttf/";
  private static final byte[] REGULAR = resource(FONTS + "DejaVuSans.ttf");
  private static final byte[] BOLD = resource(FONTS + "DejaVuSans-Bold.ttf");
  private static final String XMP = new String(resource("form-xmp.xml"), StandardCharsets.UTF_8);

  private PDFont regular;
  private PDFont bold;
  private PDStructureElement root;
  private final COSArray parentTree = new COSArray();
  private float roomLeft = Float.NaN;

  /**
   * Points left between the signature boxes of the last page written and the bottom margin: below
   * zero the boxes were pushed over the text above them (a test keeps the longest form on its
   * page).
   */
  float roomLeftOnLastPage() {
    return roomLeft;
  }

  /** The form as PDF bytes. */
  @Override
  public byte[] render(ActivationFormContent content) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
      bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
      archival(document, now);
      PDStructureTreeRoot tree = new PDStructureTreeRoot();
      document.getDocumentCatalog().setStructureTreeRoot(tree);
      root = new PDStructureElement("Document", tree);
      root.setLanguage(LANGUAGE);
      tree.appendKid(root);
      page(document, content, HOLDER_COPY, true);
      page(document, content, OFFICE_COPY, false);
      // Page i's content refers to its structure elements through /StructParents i.
      COSArray nums = new COSArray();
      for (int i = 0; i < parentTree.size(); i++) {
        nums.add(COSInteger.get(i));
        nums.add(parentTree.get(i));
      }
      COSDictionary numbers = new COSDictionary();
      numbers.setItem(COSName.NUMS, nums);
      tree.setParentTree(new PDNumberTreeNode(numbers, PDParentTreeValue.class));
      tree.setParentTreeNextKey(parentTree.size());
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the activation form", e);
    }
  }

  /** Language, title, tagging flags, PDF/A and PDF/UA identification, output intent. */
  private static void archival(PDDocument document, OffsetDateTime now) throws IOException {
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    catalog.setLanguage(LANGUAGE);
    PDMarkInfo marked = new PDMarkInfo();
    marked.setMarked(true);
    catalog.setMarkInfo(marked);
    PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
    preferences.setDisplayDocTitle(true);
    catalog.setViewerPreferences(preferences);

    // The information dictionary must say what the XMP says (PDF/A): title, producer, dates.
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(TITLE);
    info.setProducer(PRODUCER);
    GregorianCalendar calendar = GregorianCalendar.from(now.toZonedDateTime());
    info.setCreationDate(calendar);
    info.setModificationDate(calendar);
    String date = now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    String xmp =
        XMP.replace("${title}", TITLE).replace("${producer}", PRODUCER).replace("${date}", date);
    PDMetadata metadata = new PDMetadata(document);
    metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
    catalog.setMetadata(metadata);

    ICC_Profile srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
    PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(srgb.getData()));
    intent.setInfo("sRGB IEC61966-2.1");
    intent.setOutputCondition("sRGB IEC61966-2.1");
    intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
    intent.setRegistryName("http://www.color.org");
    catalog.addOutputIntent(intent);
  }

  private static byte[] resource(String name) {
    try (InputStream in = ActivationFormPdf.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not in the EJB jar (ejb/pom.xml copies it)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void page(PDDocument document, ActivationFormContent c, String copy, boolean withCodes)
      throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    page.setStructParents(parentTree.size());
    COSArray marked = new COSArray();
    parentTree.add(marked);
    // PDF/UA: tab order follows the structure.
    page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
      float width = page.getMediaBox().getWidth() - 2 * MARGIN;
      Cursor w = new Cursor(stream, page, marked, page.getMediaBox().getHeight() - MARGIN, width);
      w.start("H1");
      w.line(bold, 16, TITLE);
      w.start("P");
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

      w.section("Informativa e consenso / Privacy notice and consent");
      w.field(
          "Informativa privacy / Privacy notice", "versione / version " + c.consentNoticeVersion());
      if (c.consentDeclared()) {
        w.field("Consenso prestato da / Consent given by", c.consentGivenBy());
        w.field("Il / On", c.consentGivenAt());
        w.wrapped(
            regular,
            BODY - 0.5f,
            "Chi si presenta ha ricevuto l'informativa (art. 13 GDPR) e presta il consenso al"
                + " trattamento dei dati personali, che conferma firmando qui sotto. / The person at"
                + " the counter received the notice and consents to the processing of personal"
                + " data, confirmed by signing below.",
            width);
      } else {
        w.wrapped(
            regular,
            BODY - 0.5f,
            "Consenso non dichiarato nella richiesta: chi si presenta, ricevuta l'informativa,"
                + " lo presta firmando qui sotto. / No consent was declared with the request: the"
                + " person at the counter, after receiving the notice, gives it by signing below.",
            width);
      }

      w.gap(14);
      signatureBoxes(w, width);
    }
  }

  private void signatureBoxes(Cursor w, float width) throws IOException {
    PDPageContentStream stream = w.stream;
    float top = w.y;
    float boxHeight = 70;
    float gap = 14;
    String[] titles = {
      "Firma del titolare o di chi si presenta / Signature of the holder or person at the counter",
      "Firma per il consenso al trattamento dei dati / Signature for the consent to data"
          + " processing",
      "Firma dell'operatore / Operator's signature"
    };
    float boxWidth = (width - gap * (titles.length - 1)) / titles.length;
    roomLeft = top - boxHeight - MARGIN;
    float bottom = Math.max(MARGIN, top - boxHeight);
    for (int i = 0; i < titles.length; i++) {
      float x = MARGIN + i * (boxWidth + gap);
      // The box is a place to sign, not content: an artifact screen readers skip.
      stream.beginMarkedContent(COSName.ARTIFACT);
      stream.addRect(x, bottom, boxWidth, boxHeight);
      stream.stroke();
      stream.endMarkedContent();
      w.start("P");
      float y = bottom + boxHeight - 12;
      for (String line : wrap(regular, 8, titles[i], boxWidth - 8)) {
        w.tagged(regular, 8, x + 4, y, line);
        y -= 10;
      }
    }
  }

  private static void text(
      PDPageContentStream stream, PDFont font, float size, float x, float y, String s)
      throws IOException {
    stream.beginText();
    stream.setFont(font, size);
    stream.newLineAtOffset(x, y);
    stream.showText(printable(font, s));
    stream.endText();
  }

  /** {@code s} with every character the font has no glyph for replaced by '?'. */
  static String printable(PDFont font, String s) {
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

  private static List<String> wrap(PDFont font, float size, String s, float width)
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

  /**
   * Writes lines from the top of the page down, each inside a marked-content sequence that belongs
   * to the structure element opened last ({@link #start}), in reading order.
   */
  private final class Cursor {
    private final PDPageContentStream stream;
    private final PDPage page;
    private final COSArray marked;
    private final float valueWidth;
    private PDStructureElement current;
    private float y;

    Cursor(PDPageContentStream stream, PDPage page, COSArray marked, float top, float width) {
      this.stream = stream;
      this.page = page;
      this.marked = marked;
      this.y = top;
      this.valueWidth = width - VALUE_COLUMN;
    }

    /** A new structure element (H1, H2, P) under the document for what follows. */
    void start(String type) {
      current = new PDStructureElement(type, root);
      current.setPage(page);
      root.appendKid(current);
    }

    /** Text at a position, tagged as part of the current element. */
    void tagged(PDFont font, float size, float x, float at, String s) throws IOException {
      int mcid = marked.size();
      COSDictionary properties = new COSDictionary();
      properties.setInt(COSName.MCID, mcid);
      stream.beginMarkedContent(
          COSName.getPDFName(current.getStructureType()), PDPropertyList.create(properties));
      text(stream, font, size, x, at, s);
      stream.endMarkedContent();
      current.appendKid(
          new PDMarkedContent(COSName.getPDFName(current.getStructureType()), properties));
      marked.add(current);
    }

    void line(PDFont font, float size, String s) throws IOException {
      y -= size * LEADING;
      tagged(font, size, MARGIN, y, s);
    }

    void wrapped(PDFont font, float size, String s, float width) throws IOException {
      start("P");
      for (String l : wrap(font, size, s, width)) {
        line(font, size, l);
      }
    }

    void section(String title) throws IOException {
      gap(5);
      start("H2");
      line(bold, BODY + 1.5f, title);
      gap(1);
    }

    /** Label and value, one paragraph: read as "label: value". */
    void field(String label, String value) throws IOException {
      start("P");
      y -= BODY * LEADING;
      tagged(regular, BODY, MARGIN, y, label + ":");
      List<String> lines = wrap(bold, BODY, value == null ? "-" : value, valueWidth);
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0) {
          y -= BODY * LEADING;
        }
        tagged(bold, BODY, MARGIN + VALUE_COLUMN, y, lines.get(i));
      }
    }

    void gap(float points) {
      y -= points;
    }
  }
}
