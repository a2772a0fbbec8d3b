package it.cns.enrollment.domain.account;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import java.util.Optional;

/**
 * The person is enabled already, so cannot enroll again; an Entratel user cannot also become a
 * Fisconline user. When the existing account's type is known, {@link #existing()} says which, so
 * that the message can say what to do instead (Primo accesso, Accedi).
 */
public final class AlreadyEnabledException extends BusinessRefusal {
  private static final long serialVersionUID = 1L;

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
}
