package it.cns.enrollment.application.port;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the audit trail as a CSV file for people who open it in a spreadsheet, streaming: each row
 * goes to the output as it is written, so an export of any size holds one row in memory.
 */
public interface AuditCsvWriter {

  /** A new file on {@code out}, its header row written. {@code out} stays the caller's to close. */
  AuditCsvFile start(OutputStream out) throws IOException;
}
