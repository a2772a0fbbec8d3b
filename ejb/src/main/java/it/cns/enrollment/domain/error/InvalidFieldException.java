package it.cns.enrollment.domain.error;

import java.util.Objects;

/**
 * An {@link ErrorCode#INVALID_REQUEST} that names the offending field, so that the caller can tell
 * which value to correct (the SOAP fault carries it as {@code field}, pages in the message).
 */
public class InvalidFieldException extends BusinessRefusal {
  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidFieldException(String field, String technicalDetail) {
    super(ErrorCode.INVALID_REQUEST, field + ": " + technicalDetail);
    this.field = Objects.requireNonNull(field, "field is required");
  }

  /** Where the bad value is, e.g. {@code /activateTsCns/request/confirmedDocument}. */
  public String field() {
    return field;
  }
}
