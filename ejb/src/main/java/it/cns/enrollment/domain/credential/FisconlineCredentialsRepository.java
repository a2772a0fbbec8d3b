package it.cns.enrollment.domain.credential;

import it.cns.enrollment.domain.account.Account;
import java.util.Optional;

/** Fisconline credentials, one set per Fisconline account. */
public interface FisconlineCredentialsRepository {

  Optional<FisconlineCredentials> findByAccount(Account a);

  /**
   * As {@link #findByAccount} and locks the row until the transaction ends, so concurrent login
   * attempts on one account are counted one after the other.
   */
  Optional<FisconlineCredentials> findByAccountForUpdate(Account a);

  /**
   * Adds credentials and writes them (and the new account they belong to) to the database at once,
   * so that a concurrent enrollment of the same person fails here on the database's unique
   * constraints rather than at commit.
   *
   * @throws it.cns.enrollment.domain.account.AlreadyEnabledException when the person has an account
   *     already
   */
  void add(FisconlineCredentials c);
}
