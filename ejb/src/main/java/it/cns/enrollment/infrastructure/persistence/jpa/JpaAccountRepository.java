package it.cns.enrollment.infrastructure.persistence.jpa;

import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.AccountRepository;
import it.cns.enrollment.domain.account.AccountStanding;
import it.cns.enrollment.domain.account.AccountType;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.List;
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

  // "on conflict do nothing" rather than persist and catch: a unique violation aborts the whole
  // PostgreSQL transaction (an import of many rows), while this waits for a racing insert of the
  // same codice fiscale to commit or roll back and then inserts nothing, or the row.
  @Override
  public boolean addIfAbsent(Account account) {
    List<?> inserted =
        em.createNativeQuery(
                "insert into account (codice_fiscale, account_type, display_name, enabled_at)"
                    + " values (?1, ?2, ?3, ?4) on conflict (codice_fiscale) do nothing"
                    + " returning id")
            .setParameter(1, account.codiceFiscale().value())
            .setParameter(2, account.type().name())
            .setParameter(3, account.displayName())
            .setParameter(4, Timestamp.from(account.enabledAt()))
            .getResultList();
    if (inserted.isEmpty()) {
      return false;
    }
    Account stored = em.find(Account.class, ((Number) inserted.get(0)).longValue());
    account.sites().forEach(site -> stored.addSite(site.code(), site.description()));
    return true;
  }
}
