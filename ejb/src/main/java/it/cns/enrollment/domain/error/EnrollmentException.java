package it.cns.enrollment.domain.error;

import java.util.Objects;

/**
 * A refused enrollment operation with a stable code. Declared an EJB application exception with
 * rollback in ejb-jar.xml (the domain stays free of EJB annotations), so nothing is written.
 */
public class EnrollmentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public EnrollmentException(ErrorCode code, String technicalDetail) {
    super(code + ": " + technicalDetail);
    this.code = Objects.requireNonNull(code, "code is required");
  }

  public ErrorCode code() {
    return code;
  }

  /** The stable code clients switch on (more specific than {@link #code()} where it applies). */
  public String stableCode() {
    return code.name();
  }
}
