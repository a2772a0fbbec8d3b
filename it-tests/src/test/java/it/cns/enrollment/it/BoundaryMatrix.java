package it.cns.enrollment.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The boundary matrix (issue #15) as data: {@code boundary-matrix.csv} in the test resources, one
 * line per listener × credential × method, one column per path family, each cell the status the
 * server must answer ({@code TLS}: no HTTP answer, the handshake is refused). {@link
 * BoundaryMatrixIT} asks the real server every cell; {@link BoundaryMatrixDocumentTest} keeps the
 * same table in docs/security.md.
 */
final class BoundaryMatrix {

  static final String RESOURCE = "/boundary-matrix.csv";

  /** The families, in the CSV's column order after listener, credential and method. */
  enum Family {
    LANDING("landing", "/index.xhtml"),
    CITIZEN_LOGIN("citizen-login", "/login/login.xhtml"),
    INTRANET_LOGIN("intranet-login", "/intranet/accesso.xhtml"),
    INTRANET_HOME("intranet-home", "/intranet/index.xhtml"),
    SUPERVISION("supervision", "/intranet/supervisione/operatori.xhtml"),
    SMARTCARD("smartcard", "/smartcard/primo-accesso.xhtml"),
    PERSONAL_AREA("area", "/area/index.xhtml"),
    PARTNER_API("partner-api", "/partner/v1/enrollment"),
    STYLESHEET("stylesheet", "/resources/css/cns.css"),
    AGENT("agent", "/agente/codici");

    final String column;
    final String path;

    Family(String column, String path) {
      this.column = column;
      this.path = path;
    }
  }

  /** One cell: what to send, with which credential, and the status expected. */
  record Case(String listener, String credential, String method, Family family, String expected) {
    @Override
    public String toString() {
      return listener + " " + credential + " " + method + " " + family.column;
    }
  }

  /** One line of the table. */
  record Row(String listener, String credential, String method, List<String> cells) {}

  private BoundaryMatrix() {}

  static List<Row> rows() {
    try (InputStream in = BoundaryMatrix.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing from the test resources");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Row> parse(String csv) {
    List<Row> rows = new ArrayList<>();
    String[] lines = csv.split("\n");
    List<String> header = Arrays.asList(lines[0].strip().split(","));
    List<String> expectedHeader = new ArrayList<>(List.of("listener", "credential", "method"));
    for (Family f : Family.values()) {
      expectedHeader.add(f.column);
    }
    if (!header.equals(expectedHeader)) {
      throw new IllegalStateException("the matrix's header must be " + expectedHeader);
    }
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split(",");
      if (f.length != header.size()) {
        throw new IllegalStateException("line " + (i + 1) + " has " + f.length + " cells");
      }
      for (int c = 3; c < f.length; c++) {
        if (!f[c].matches("[1-5][0-9][0-9]|TLS")) {
          throw new IllegalStateException("line " + (i + 1) + ": not a status: " + f[c]);
        }
      }
      rows.add(new Row(f[0], f[1], f[2], List.of(f).subList(3, f.length)));
    }
    return rows;
  }

  static List<Case> cases() {
    List<Case> all = new ArrayList<>();
    for (Row r : rows()) {
      for (Family f : Family.values()) {
        all.add(new Case(r.listener(), r.credential(), r.method(), f, r.cells().get(f.ordinal())));
      }
    }
    return all;
  }

  /** The table as docs/security.md shows it. */
  static String markdown(List<Row> rows) {
    StringBuilder s = new StringBuilder("| listener | credential | method |");
    StringBuilder rule = new StringBuilder("|---|---|---|");
    for (Family f : Family.values()) {
      s.append(' ').append(f.column).append(" |");
      rule.append("---|");
    }
    s.append('\n').append(rule).append('\n');
    for (Row r : rows) {
      s.append("| ")
          .append(r.listener())
          .append(" | ")
          .append(r.credential())
          .append(" | ")
          .append(r.method())
          .append(" |");
      for (String cell : r.cells()) {
        s.append(' ').append(cell).append(" |");
      }
      s.append('\n');
    }
    return s.toString();
  }

  static final String DOC_START =
      "<!-- boundary-matrix: generated from it-tests/src/test/resources"
          + "/boundary-matrix.csv by BoundaryMatrixDocumentTest -->\n";
  static final String DOC_END = "<!-- /boundary-matrix -->";

  static Path securityDoc() {
    return Path.of(System.getProperty("cns.docs.dir", "../docs")).resolve("security.md");
  }

  /** The document with the table between its markers replaced by {@code table}. */
  static String withTable(String document, String table) {
    int start = document.indexOf(DOC_START);
    int end = document.indexOf(DOC_END);
    if (start < 0 || end < start) {
      throw new IllegalStateException("docs/security.md lacks the boundary matrix markers");
    }
    return document.substring(0, start + DOC_START.length()) + table + document.substring(end);
  }

  static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
