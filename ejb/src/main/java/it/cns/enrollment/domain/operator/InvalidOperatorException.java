package it.cns.enrollment.domain.operator;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;

/** An operator's username or display name is not acceptable. */
public class InvalidOperatorException extends BusinessRefusal {
  private static final long serialVersionUID = 1L;

  public InvalidOperatorException(String detail) {
    super(ErrorCode.OPERATOR_INVALID, detail);
  }
}
