package it.cns.enrollment.domain.credential;

/**
 * The rules of a Fisconline password, in the order {@link PasswordPolicy} checks them; a refused
 * password names the first rule it breaks. The channels word a rule from the key {@code
 * PASSWORD_POLICY.<rule>}.
 */
public enum PasswordRule {
  /** Fewer than 8 characters. */
  TOO_SHORT,
  /** More than 15 characters. */
  TOO_LONG,
  /**
   * A character outside A-Z, a-z, 0-9 and {@link PasswordPolicy#ALLOWED_SPECIALS}: accented
   * letters, spaces, other symbols, control characters.
   */
  CHARACTER_NOT_ALLOWED,
  /** No letter or no digit. */
  LETTER_AND_DIGIT_REQUIRED,
  /** The same as the current password or the one before it. */
  REUSED
}
