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
}
