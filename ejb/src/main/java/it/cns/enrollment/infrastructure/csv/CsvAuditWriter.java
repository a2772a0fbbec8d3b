package it.cns.enrollment.infrastructure.csv;

import it.cns.enrollment.application.port.AuditCsvFile;
import it.cns.enrollment.application.port.AuditCsvWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;

/** The application's {@link AuditCsvWriter}: files in the {@link AuditCsv} format. */
@ApplicationScoped
public class CsvAuditWriter implements AuditCsvWriter {

  @Override
  public AuditCsvFile start(OutputStream out) throws IOException {
    return new AuditCsv(out);
  }
}
