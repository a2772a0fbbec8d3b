package it.cns.enrollment.domain.operator;

/**
 * How many consecutive wrong passwords lock an operator's account ({@code
 * CNS_OPERATOR_MAX_ATTEMPTS}, default {@value #DEFAULT_MAX_FAILED_ATTEMPTS}); the last of them
 * locks, and only a supervisor unlocks.
 */
public record OperatorLockout(int maxFailedAttempts) {

  public static final int DEFAULT_MAX_FAILED_ATTEMPTS = 5;

  public OperatorLockout {
    if (maxFailedAttempts < 1 || maxFailedAttempts > 100) {
      throw new IllegalArgumentException(
          "operator lockout must be after 1 to 100 wrong attempts, not " + maxFailedAttempts);
    }
  }
}
