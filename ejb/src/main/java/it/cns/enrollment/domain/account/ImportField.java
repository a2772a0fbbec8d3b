package it.cns.enrollment.domain.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A column of the file of already-enabled users a supervisor imports, by its header name (the
 * Italian names of docs/user-import.md; any case, any order).
 */
public enum ImportField {
  CODICE_FISCALE("codice_fiscale", true),
  TYPE("tipo", true),
  SITES("sedi_entratel", false),
  NAME("nominativo", false);

  private final String header;
  private final boolean required;

  ImportField(String header, boolean required) {
    this.header = header;
    this.required = required;
  }

  /** The column's name in the file's header. */
  public String header() {
    return header;
  }

  /** Whether the header must name this column. */
  public boolean required() {
    return required;
  }

  /** The column a header cell names, ignoring case and surrounding blanks. */
  public static Optional<ImportField> ofHeader(String cell) {
    String wanted = cell == null ? "" : cell.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.header.equals(wanted)).findFirst();
  }
}
