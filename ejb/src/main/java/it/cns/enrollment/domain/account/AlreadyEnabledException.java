package it.cns.enrollment.domain.account;

import it.cns.enrollment.domain.error.EnrollmentException;
import it.cns.enrollment.domain.error.ErrorCode;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The person is enabled already, so cannot enroll again; an Entratel user cannot also become a
 * Fisconline user. When the existing account's type is known, the message says which it is and what
 * to do instead (Primo accesso, Accedi).
 */
public final class AlreadyEnabledException extends EnrollmentException {
  private static final long serialVersionUID = 1L;

  private static final String BUNDLE = "it.cns.enrollment.domain.error.ErrorMessages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final AccountType existing;

  /** The person has an account of type {@code existing}. */
  public AlreadyEnabledException(AccountType existing, String detail) {
    super(ErrorCode.ALREADY_ENABLED, detail);
    this.existing = existing;
  }

  /** The type of the existing account is not known (a concurrent enrollment won). */
  public AlreadyEnabledException(String detail) {
    this(null, detail);
  }

  public Optional<AccountType> existing() {
    return Optional.ofNullable(existing);
  }

  @Override
  public String messageFor(Locale locale) {
    if (existing == null) {
      return super.messageFor(locale);
    }
    return ResourceBundle.getBundle(
            BUNDLE, locale, AlreadyEnabledException.class.getClassLoader(), NO_FALLBACK)
        .getString(ErrorCode.ALREADY_ENABLED.name() + "." + existing.name());
  }
}
