package it.cns.enrollment.domain.error;

/**
 * A login attempt refused before it was heard, because of earlier wrong attempts for the same
 * account or from the same address: try again after {@link #retryAfterSeconds()}.
 */
public class TooManyAttemptsException extends BusinessRefusal {
  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;

  public TooManyAttemptsException(long retryAfterSeconds) {
    super(ErrorCode.TOO_MANY_ATTEMPTS, "throttled, retry after " + retryAfterSeconds + " s");
    if (retryAfterSeconds < 1) {
      throw new IllegalArgumentException("retry after at least one second");
    }
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Whole seconds, rounded up, until an attempt will be heard again. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
