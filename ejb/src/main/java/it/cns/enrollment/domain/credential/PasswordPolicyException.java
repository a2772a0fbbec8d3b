package it.cns.enrollment.domain.credential;

import it.cns.enrollment.domain.error.EnrollmentException;
import it.cns.enrollment.domain.error.ErrorCode;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A password was refused by the {@link PasswordPolicy}. The stable code stays {@code
 * PASSWORD_POLICY}; {@link #rule()} says which rule was broken and {@link #messageFor(Locale)}
 * explains that rule (Italian, or English). Neither the password nor any of its characters is kept.
 */
public final class PasswordPolicyException extends EnrollmentException {
  private static final long serialVersionUID = 1L;

  private static final String BUNDLE = "it.cns.enrollment.domain.error.ErrorMessages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

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

  /** The broken rule explained, e.g. "La password deve avere almeno 8 caratteri." */
  @Override
  public String messageFor(Locale locale) {
    return ruleText(rule, locale, minLength, maxLength);
  }

  /** The text of a rule in the given language (Italian when the language is unknown). */
  public static String ruleText(PasswordRule rule, Locale locale, int minLength, int maxLength) {
    String pattern =
        ResourceBundle.getBundle(BUNDLE, locale, PasswordRule.class.getClassLoader(), NO_FALLBACK)
            .getString(ErrorCode.PASSWORD_POLICY.name() + "." + rule.name());
    MessageFormat format = new MessageFormat(pattern, locale);
    return format.format(
        new Object[] {
          String.valueOf(minLength), String.valueOf(maxLength), PasswordPolicy.ALLOWED_SPECIALS
        });
  }
}
