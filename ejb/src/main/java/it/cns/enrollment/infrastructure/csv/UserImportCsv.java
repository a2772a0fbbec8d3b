package it.cns.enrollment.infrastructure.csv;

import it.cns.enrollment.application.port.UserImportFile;
import it.cns.enrollment.domain.account.ImportField;
import it.cns.enrollment.domain.account.ImportRow;
import it.cns.enrollment.domain.error.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The import file of already-enabled users, read with Apache Commons CSV: RFC 4180 quoting, UTF-8
 * with or without a byte-order mark (Excel writes one), {@code ;} or {@code ,} as the delimiter
 * (Excel in Italian writes {@code ;}: the header line decides), blank lines skipped. The first
 * record is the header; its columns are matched by name ({@link ImportField}). A file that cannot
 * be read as a whole is refused as a whole; rows are judged later, one by one.
 */
@ApplicationScoped
public class UserImportCsv implements UserImportFile {

  @Override
  public List<ImportRow> read(byte[] content, int maxRows) {
    return parse(content, maxRows);
  }

  /** The same reading, for the terminal command (no CDI there). */
  public static List<ImportRow> parse(byte[] content, int maxRows) {
    String text = decode(content);
    if (text.isBlank()) {
      throw new InvalidRequestException("IMPORT_FILE_EMPTY", "no header");
    }
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter(text))
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    List<ImportRow> rows = new ArrayList<>();
    Lines lines = new Lines(text);
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Iterator<CSVRecord> records = parser.iterator();
      List<ImportField> columns = header(records.next());
      try {
        while (records.hasNext()) {
          CSVRecord record = records.next();
          if (isBlank(record)) {
            continue;
          }
          if (rows.size() == maxRows) {
            throw new InvalidRequestException(
                "IMPORT_TOO_MANY_ROWS", "over " + maxRows, String.valueOf(maxRows));
          }
          Map<ImportField, String> values = new EnumMap<>(ImportField.class);
          for (int i = 0; i < Math.min(columns.size(), record.size()); i++) {
            values.put(columns.get(i), record.get(i));
          }
          rows.add(
              new ImportRow(
                  lines.at(record.getCharacterPosition()),
                  values,
                  record.size() == columns.size()));
        }
      } catch (UncheckedIOException | IllegalStateException e) {
        // Commons CSV reports a broken quote while iterating; its line count is where it gave up.
        throw new InvalidRequestException(
            "IMPORT_FILE_MALFORMED",
            String.valueOf(e.getMessage()),
            String.valueOf(parser.getCurrentLineNumber()));
      }
    } catch (UncheckedIOException | IOException | IllegalStateException e) {
      throw new InvalidRequestException("IMPORT_FILE_MALFORMED", "header: " + e.getMessage(), "1");
    }
    return rows;
  }

  /** The line (from 1) on which a character position of the text lies; positions only grow. */
  private static final class Lines {
    private final String text;
    private int position;
    private int line = 1;

    Lines(String text) {
      this.text = text;
    }

    int at(long characterPosition) {
      for (; position < characterPosition && position < text.length(); position++) {
        if (text.charAt(position) == '\n') {
          line++;
        }
      }
      // A record's position is taken before the empty lines the parser skips ahead of it.
      for (;
          position < text.length()
              && (text.charAt(position) == '\n' || text.charAt(position) == '\r');
          position++) {
        if (text.charAt(position) == '\n') {
          line++;
        }
      }
      return line;
    }
  }

  private static String decode(byte[] content) {
    int start =
        content.length >= 3
                && (content[0] & 0xFF) == 0xEF
                && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content, start, content.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidRequestException("IMPORT_FILE_NOT_UTF8", "not UTF-8");
    }
  }

  /** {@code ;} when the header line has more of them than commas, else {@code ,}. */
  static char delimiter(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    long semicolons = first.chars().filter(c -> c == ';').count();
    long commas = first.chars().filter(c -> c == ',').count();
    return semicolons > commas ? ';' : ',';
  }

  private static List<ImportField> header(CSVRecord record) {
    List<ImportField> columns = new ArrayList<>();
    for (String cell : record) {
      ImportField field =
          ImportField.ofHeader(cell)
              .orElseThrow(
                  () ->
                      new InvalidRequestException(
                          "IMPORT_HEADER_UNKNOWN", "column " + cell, shortened(cell)));
      if (columns.contains(field)) {
        throw new InvalidRequestException(
            "IMPORT_HEADER_UNKNOWN", "column twice " + cell, shortened(cell));
      }
      columns.add(field);
    }
    for (ImportField field : ImportField.values()) {
      if (field.required() && !columns.contains(field)) {
        throw new InvalidRequestException(
            "IMPORT_HEADER_MISSING", "no column " + field.header(), field.header());
      }
    }
    return columns;
  }

  // A spreadsheet's empty line comes out as ";;;".
  private static boolean isBlank(CSVRecord record) {
    for (String cell : record) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String shortened(String cell) {
    String s = cell == null ? "" : cell.strip();
    return s.length() > 30 ? s.substring(0, 30) + "…" : s;
  }
}
