package it.cns.enrollment.domain.counter;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;

/** A counter office's details are incomplete or too long. */
public class InvalidCounterOfficeException extends BusinessRefusal {
  private static final long serialVersionUID = 1L;

  public InvalidCounterOfficeException(String detail) {
    super(ErrorCode.COUNTER_OFFICE_INVALID, detail);
  }
}
