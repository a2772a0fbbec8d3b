package it.cns.enrollment.domain.error;

import java.util.Objects;

/**
 * A business rule refused the operation: the request is understood but not allowed (already
 * enabled, card revoked, wrong CIP, invalid field...), named by a stable {@link ErrorCode} and
 * never worded here. Declared an EJB application exception with rollback in ejb-jar.xml (the domain
 * stays free of EJB annotations), so nothing is written. Unexpected failures are not refusals.
 */
public class BusinessRefusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public BusinessRefusal(ErrorCode code, String technicalDetail) {
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
