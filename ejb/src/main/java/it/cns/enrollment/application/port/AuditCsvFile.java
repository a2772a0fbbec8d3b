package it.cns.enrollment.application.port;

import it.cns.enrollment.domain.audit.AuditEvent;
import java.io.IOException;

/** An audit CSV file being written by an {@link AuditCsvWriter}. */
public interface AuditCsvFile {

  /** One row for the event. */
  void write(AuditEvent event) throws IOException;

  /** The last row of a capped export: more events matched than the file holds. */
  void truncated(int cap) throws IOException;

  /** Sends what is buffered to the client (between chunks). */
  void flush() throws IOException;

  /** Event rows written so far (neither the header nor the truncation row). */
  long rows();
}
