package it.cns.enrollment.domain.account;

import java.util.Map;
import java.util.Objects;

/**
 * One record of the import file as read, before any rule: its row (the line of the file where it
 * starts; the header is line 1), the text of each column present, and whether it has as many fields
 * as the header.
 */
public record ImportRow(int row, Map<ImportField, String> values, boolean fieldCountMatches) {

  public ImportRow {
    Objects.requireNonNull(values, "values are required");
    values = Map.copyOf(values);
  }

  /** The column's text, stripped; empty when the column is absent or blank. */
  public String value(ImportField field) {
    String v = values.get(field);
    return v == null ? "" : v.strip();
  }
}
