package it.cns.enrollment.domain.account;

import it.cns.enrollment.domain.identity.CodiceFiscale;
import java.util.Optional;

/** Accounts by codice fiscale. */
public interface AccountRepository {

  Optional<Account> findByCodiceFiscale(CodiceFiscale codiceFiscale);

  void add(Account account);
}
