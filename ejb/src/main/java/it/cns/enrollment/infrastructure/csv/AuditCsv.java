package it.cns.enrollment.infrastructure.csv;

import it.cns.enrollment.application.port.AuditCsvFile;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.AuditFilter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * The audit trail as CSV: a header row, one row per event (time in ISO-8601 with the Italian
 * offset, e.g. {@code 2025-03-01T10:15:30.123456+01:00}), and, when the export stopped at its cap,
 * a last row saying so. Column names are stable identifiers for whoever processes the file.
 */
public final class AuditCsv implements AuditCsvFile, AutoCloseable {

  public static final List<String> HEADER =
      List.of(
          "id",
          "occurred_at",
          "actor",
          "channel",
          "action",
          "subject_cf",
          "certificate_issuer",
          "certificate_serial",
          "outcome",
          "request_id",
          "detail");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final CsvWriter csv;
  private long rows;

  public AuditCsv(OutputStream out) throws IOException {
    this.csv = new CsvWriter(out);
    csv.row(HEADER);
  }

  @Override
  public void write(AuditEvent e) throws IOException {
    csv.row(
        Arrays.asList(
            e.id() == null ? null : e.id().toString(),
            time(e.occurredAt()),
            e.actor(),
            e.channel().name(),
            e.action().name(),
            e.subjectCf(),
            e.certificateIssuer(),
            e.certificateSerial(),
            e.outcome(),
            e.requestId(),
            e.detail()));
    rows++;
  }

  /**
   * The last row of a capped export: more events matched than the file holds. One unquoted cell (no
   * comma in the text), so it reads the same in a text editor and a spreadsheet.
   */
  @Override
  public void truncated(int cap) throws IOException {
    csv.row(
        List.of(
            "# TRONCATO: l'esportazione si ferma a "
                + cap
                + " righe: restringa il filtro / TRUNCATED: the export stops at "
                + cap
                + " rows: narrow the filter"));
  }

  /** Sends what is buffered to the client (between chunks). */
  @Override
  public void flush() throws IOException {
    csv.flush();
  }

  /** Event rows written so far (neither the header nor the truncation row). */
  @Override
  public long rows() {
    return rows;
  }

  static String time(Instant instant) {
    return TIME.format(instant.atZone(AuditFilter.ZONE).toOffsetDateTime());
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
