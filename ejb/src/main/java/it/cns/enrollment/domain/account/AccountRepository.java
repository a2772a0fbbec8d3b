package it.cns.enrollment.domain.account;

import it.cns.enrollment.domain.identity.CodiceFiscale;
import java.util.Optional;

/** Accounts by codice fiscale. */
public interface AccountRepository {

  Optional<Account> findByCodiceFiscale(CodiceFiscale codiceFiscale);

  /**
   * The account's type and number of bound cards, without loading the account or its bindings
   * (empty when the person has no account): the partners' most frequent question, one round trip.
   */
  Optional<AccountStanding> standingOf(CodiceFiscale codiceFiscale);

  void add(Account account);

  /**
   * Adds a new account with its sites unless the codice fiscale has one already, the database
   * deciding (its unique constraint, waiting for a transaction that is adding the same one): two
   * imports racing on the same new person both carry on, one of them having added it.
   *
   * @return false when an account with this codice fiscale exists (possibly just committed by
   *     another transaction); nothing was written then
   */
  boolean addIfAbsent(Account account);
}
