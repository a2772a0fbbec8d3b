package it.cns.enrollment.infrastructure.pdf;

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
 * What every PDF of the application shares: A4 pages written top-down, tagged for PDF/UA-1 (a
 * structure tree in reading order - Document, H1, H2, P; lines and boxes are artifacts; Italian as
 * the document language; the title shown instead of the file name) and identified as PDF/A-2a, with
 * DejaVu Sans embedded (from npm, see ejb/pom.xml) so that every Latin name (Łukasz, Nguyễn) prints
 * and extracts exactly, and an sRGB output intent (the JDK's own profile). veraPDF checks the
 * result in the unit tests ({@code PdfConformance}). One instance writes one document.
 */
final class TaggedPdf implements AutoCloseable {

  static final float MARGIN = 48;
  static final float BODY = 9.5f;
  static final float LEADING = 1.35f;
  static final float VALUE_COLUMN = 235;
  static final String LANGUAGE = "it-IT";

  private static final String PRODUCER = "CNS Enrollment";
  private static final String FONTS = "font/ttf/";
  private static final byte[] REGULAR = resource(FONTS + "DejaVuSans.ttf");
  private static final byte[] BOLD = resource(FONTS + "DejaVuSans-Bold.ttf");
  private static final String XMP = new String(resource("form-xmp.xml"), StandardCharsets.UTF_8);

  final PDFont regular;
  final PDFont bold;
  private final PDDocument document;
  private final PDStructureTreeRoot tree;
  private final PDStructureElement root;
  private final COSArray parentTree = new COSArray();

  TaggedPdf(String title) throws IOException {
    document = new PDDocument();
    regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
    bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
    archival(document, title, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    tree = new PDStructureTreeRoot();
    document.getDocumentCatalog().setStructureTreeRoot(tree);
    root = new PDStructureElement("Document", tree);
    root.setLanguage(LANGUAGE);
    tree.appendKid(root);
  }

  /** A new A4 page and the cursor that writes it, from the top margin down. */
  Cursor page() throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    page.setStructParents(parentTree.size());
    COSArray marked = new COSArray();
    parentTree.add(marked);
    // PDF/UA: tab order follows the structure.
    page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    PDPageContentStream stream = new PDPageContentStream(document, page);
    float width = page.getMediaBox().getWidth() - 2 * MARGIN;
    return new Cursor(stream, page, marked, page.getMediaBox().getHeight() - MARGIN, width);
  }

  /** The document as bytes; every cursor must be closed first. */
  byte[] finish() throws IOException {
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
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.save(out);
      return out.toByteArray();
    }
  }

  @Override
  public void close() throws IOException {
    document.close();
  }

  /** Language, title, tagging flags, PDF/A and PDF/UA identification, output intent. */
  private static void archival(PDDocument document, String title, OffsetDateTime now)
      throws IOException {
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
    info.setTitle(title);
    info.setProducer(PRODUCER);
    GregorianCalendar calendar = GregorianCalendar.from(now.toZonedDateTime());
    info.setCreationDate(calendar);
    info.setModificationDate(calendar);
    String date = now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    String xmp =
        XMP.replace("${title}", xml(title))
            .replace("${producer}", PRODUCER)
            .replace("${date}", date);
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

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static byte[] resource(String name) {
    try (InputStream in = TaggedPdf.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not in the EJB jar (ejb/pom.xml copies it)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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

  static List<String> wrap(PDFont font, float size, String s, float width) throws IOException {
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
   * Writes lines from the top of a page down, each inside a marked-content sequence that belongs to
   * the structure element opened last ({@link #start}), in reading order. Closing it ends the
   * page's content.
   */
  final class Cursor implements AutoCloseable {
    private final PDPageContentStream stream;
    private final PDPage page;
    private final COSArray marked;
    final float width;
    private final float valueWidth;
    private PDStructureElement current;
    float y;

    Cursor(PDPageContentStream stream, PDPage page, COSArray marked, float top, float width) {
      this.stream = stream;
      this.page = page;
      this.marked = marked;
      this.y = top;
      this.width = width;
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

    /** The page's heading, H1. */
    void title(String s) throws IOException {
      start("H1");
      line(bold, 16, s);
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

    /** A paragraph of body text over the page's width. */
    void paragraph(String s) throws IOException {
      wrapped(regular, BODY, s, width);
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

    /**
     * A label with a line to write on by hand: the label is content, the line an artifact (a screen
     * reader reads "label:" and nothing for the line).
     */
    void blank(String label) throws IOException {
      start("P");
      y -= BODY * LEADING * 1.6f;
      tagged(regular, BODY, MARGIN, y, label + ":");
      stream.beginMarkedContent(COSName.ARTIFACT);
      stream.moveTo(MARGIN + VALUE_COLUMN, y - 2);
      stream.lineTo(MARGIN + width, y - 2);
      stream.setLineWidth(0.5f);
      stream.stroke();
      stream.endMarkedContent();
    }

    /** Boxes side by side to sign in, each with its title inside (content); the box an artifact. */
    /**
     * Signature boxes side by side; returns the points left above the bottom margin (below zero the
     * boxes were pushed up over the text above them).
     */
    float signatureBoxes(List<String> titles) throws IOException {
      float top = y;
      float boxHeight = 70;
      float gap = 14;
      int n = titles.size();
      float boxWidth = (width - gap * (n - 1)) / n;
      float bottom = Math.max(MARGIN, top - boxHeight);
      for (int i = 0; i < n; i++) {
        float x = MARGIN + i * (boxWidth + gap);
        // The box is a place to sign, not content: an artifact screen readers skip.
        stream.beginMarkedContent(COSName.ARTIFACT);
        stream.addRect(x, bottom, boxWidth, boxHeight);
        stream.stroke();
        stream.endMarkedContent();
        start("P");
        float at = bottom + boxHeight - 12;
        for (String line : wrap(regular, 8, titles.get(i), boxWidth - 8)) {
          tagged(regular, 8, x + 4, at, line);
          at -= 10;
        }
      }
      y = bottom;
      return top - boxHeight - MARGIN;
    }

    void gap(float points) {
      y -= points;
    }

    @Override
    public void close() throws IOException {
      stream.close();
    }
  }
}
