package it.cns.enrollment.domain.account;

/**
 * How large an import file a supervisor may upload: {@code CNS_USER_IMPORT_MAX_BYTES} bytes and
 * {@code CNS_USER_IMPORT_MAX_ROWS} rows after the header. The values are given; reading them is the
 * configuration's job. The terminal command for bulk loads is not bound by them.
 */
public record ImportLimits(long maxBytes, int maxRows) {

  /** The ceiling of the page's upload (web.xml's multipart-config): 8 MiB. */
  public static final long MAX_BYTES_CEILING = 8L * 1024 * 1024;

  public static final int MAX_ROWS_CEILING = 100_000;

  public ImportLimits {
    if (maxBytes < 1024 || maxBytes > MAX_BYTES_CEILING) {
      throw new IllegalStateException(
          "CNS_USER_IMPORT_MAX_BYTES=" + maxBytes + " must be 1024-" + MAX_BYTES_CEILING);
    }
    if (maxRows < 1 || maxRows > MAX_ROWS_CEILING) {
      throw new IllegalStateException(
          "CNS_USER_IMPORT_MAX_ROWS=" + maxRows + " must be 1-" + MAX_ROWS_CEILING);
    }
  }
}
