package it.cns.enrollment.infrastructure.persistence.jpa;

import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.AlreadyEnabledException;
import it.cns.enrollment.domain.credential.FisconlineCredentials;
import it.cns.enrollment.domain.credential.FisconlineCredentialsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;

@ApplicationScoped
public class JpaFisconlineCredentialsRepository implements FisconlineCredentialsRepository {

  /** One account per codice fiscale (V1 migration): a second enrollment of a person loses here. */
  static final String UNIQUE_ACCOUNT_CONSTRAINT = "uq_account_codice_fiscale";

  /** One set of credentials per account (V2 migration). */
  static final String UNIQUE_CREDENTIALS_CONSTRAINT = "uq_fisconline_credentials_account";

  @PersistenceContext(unitName = "cns")
  EntityManager em;

  @Override
  public Optional<FisconlineCredentials> findByAccount(Account a) {
    return em.createQuery(
            "select c from FisconlineCredentials c where c.account = :account",
            FisconlineCredentials.class)
        .setParameter("account", a)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<FisconlineCredentials> findByAccountForUpdate(Account a) {
    return em.createQuery(
            "select c from FisconlineCredentials c where c.account = :account",
            FisconlineCredentials.class)
        .setParameter("account", a)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(FisconlineCredentials c) {
    try {
      em.persist(c);
      em.flush();
    } catch (PersistenceException e) {
      if (Constraints.violated(e, UNIQUE_ACCOUNT_CONSTRAINT)
          || Constraints.violated(e, UNIQUE_CREDENTIALS_CONSTRAINT)) {
        // A concurrent request enabled the same person first: the database decided.
        throw new AlreadyEnabledException("person enabled concurrently");
      }
      throw e;
    }
  }
}
