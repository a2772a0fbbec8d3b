package it.cns.enrollment.domain.credential;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import java.util.Objects;

/**
 * A password was refused by the {@link PasswordPolicy}. The stable code stays {@code
 * PASSWORD_POLICY}; {@link #rule()} says which rule was broken and the lengths fill its text
 * (worded by the channels). Neither the password nor any of its characters is kept.
 */
public final class PasswordPolicyException extends BusinessRefusal {
  private static final long serialVersionUID = 1L;

  private final PasswordRule rule;
  private final int minLength;
  private final int maxLength;

  public PasswordPolicyException(PasswordRule rule, int minLength, int maxLength) {
    super(ErrorCode.PASSWORD_POLICY, "password breaks rule " + rule);
    this.rule = Objects.requireNonNull(rule, "rule is required");
    this.minLength = minLength;
    this.maxLength = maxLength;
  }

  public PasswordRule rule() {
    return rule;
  }

  public int minLength() {
    return minLength;
  }

  public int maxLength() {
    return maxLength;
  }
}
