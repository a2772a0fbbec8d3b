package it.cns.enrollment.infrastructure.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV rows as RFC 4180 describes them: comma separated, CRLF line ends, a field in double
 * quotes when it holds a comma, a quote, a line break or a semicolon (the separator of spreadsheets
 * set up for Italian), quotes inside doubled. The file starts with a UTF-8 byte-order mark.
 *
 * <p>Formula injection: a spreadsheet runs a cell that starts with {@code = + - @}, a tab or a
 * carriage return as a formula (OWASP "CSV Injection"); such a cell gets a leading apostrophe,
 * which spreadsheets show as text and do not evaluate. The audit trail holds text that came from
 * outside (certificate names, request ids), so every cell is guarded.
 */
public final class CsvWriter implements Closeable, Flushable {

  static final char BOM = '\uFEFF';
  static final String LINE_END = "\r\n";

  private final Writer out;

  public CsvWriter(OutputStream target) throws IOException {
    this.out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 8192);
    out.write(BOM);
  }

  /** One row; a null cell is written empty. */
  public void row(List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(cells.get(i)));
    }
    out.write(LINE_END);
  }

  /** A cell as written: guarded against formulas, then quoted when needed. */
  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String text = startsLikeAFormula(value) ? "'" + value : value;
    if (needsQuotes(text)) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  static boolean startsLikeAFormula(String value) {
    char first = value.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }

  private static boolean needsQuotes(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n' || c == ';') {
        return true;
      }
    }
    // Leading or trailing spaces survive only inside quotes in some readers.
    return text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ';
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
