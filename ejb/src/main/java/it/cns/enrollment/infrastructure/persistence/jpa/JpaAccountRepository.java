package it.cns.enrollment.infrastructure.persistence.jpa;

import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.AccountRepository;
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
  public void add(Account account) {
    em.persist(account);
  }
}
