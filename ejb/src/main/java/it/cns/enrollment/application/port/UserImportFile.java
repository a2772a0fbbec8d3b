package it.cns.enrollment.application.port;

import it.cns.enrollment.domain.account.ImportRow;
import it.cns.enrollment.domain.error.InvalidRequestException;
import java.util.List;

/**
 * Reads the CSV file of already-enabled users (docs/user-import.md): header, delimiter, encoding.
 * The rules of each row are the domain's ({@code ImportRules}); this only splits.
 */
public interface UserImportFile {

  /**
   * The file's records after the header, each with its row number.
   *
   * @throws InvalidRequestException a whole file refused: {@code IMPORT_FILE_EMPTY}, {@code
   *     IMPORT_FILE_NOT_UTF8}, {@code IMPORT_FILE_MALFORMED}, {@code IMPORT_HEADER_MISSING}, {@code
   *     IMPORT_HEADER_UNKNOWN}, {@code IMPORT_TOO_MANY_ROWS} (more than {@code maxRows} records)
   */
  List<ImportRow> read(byte[] content, int maxRows);
}
