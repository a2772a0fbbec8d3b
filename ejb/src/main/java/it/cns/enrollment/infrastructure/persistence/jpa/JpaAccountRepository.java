package it.cns.enrollment.infrastructure.persistence.jpa;

import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.AccountRepository;
import it.cns.enrollment.domain.account.AccountStanding;
import it.cns.enrollment.domain.account.AccountType;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

  @PersistenceContext(unitName = "cns")
  EntityManager em;

  @Override
  public Optional<Account> findByCodiceFiscale(CodiceFiscale codiceFiscale) {
    return em.createQuery("select a from Account a where a.codiceFiscale = :cf", Account.class)
        .setParameter("cf", codiceFiscale)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<AccountStanding> standingOf(CodiceFiscale codiceFiscale) {
    // A report query: no entity is built or registered with the unit of work.
    return em.createQuery(
            "select a.type, count(b) from Account a"
                + " left join SmartcardBinding b on b.account = a"
                + " where a.codiceFiscale = :cf group by a.type",
            Object[].class)
        .setParameter("cf", codiceFiscale)
        .getResultStream()
        .findFirst()
        .map(row -> new AccountStanding((AccountType) row[0], ((Number) row[1]).intValue()));
  }

  @Override
  public void add(Account account) {
    em.persist(account);
  }
}
