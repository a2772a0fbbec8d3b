package it.cns.enrollment.domain.counter;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import java.util.Objects;

/**
 * Counter work (activation, reissue) needs an enabled counter office, and this one has none: code
 * COUNTER_OFFICE_REQUIRED, with the {@link Situation} so that each channel says what to do (an
 * operator at the desk asks a supervisor, a partner sends another office id).
 */
public class CounterOfficeRequiredException extends BusinessRefusal {
  private static final long serialVersionUID = 1L;

  /** Why there is no enabled office. */
  public enum Situation {
    /** The person at the intranet desk (a supervisor) is assigned no office. */
    NONE_AT_DESK,
    /** The office of the person at the intranet desk has been disabled. */
    DISABLED_AT_DESK,
    /** The office a partner's request names is unknown or disabled. */
    NOT_ENABLED_IN_REQUEST
  }

  private final Situation situation;

  public CounterOfficeRequiredException(Situation situation, String detail) {
    super(ErrorCode.COUNTER_OFFICE_REQUIRED, situation + ": " + detail);
    this.situation = Objects.requireNonNull(situation, "situation is required");
  }

  public Situation situation() {
    return situation;
  }
}
