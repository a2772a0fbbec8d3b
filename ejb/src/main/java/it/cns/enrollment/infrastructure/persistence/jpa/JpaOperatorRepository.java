package it.cns.enrollment.infrastructure.persistence.jpa;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.operator.Operator;
import it.cns.enrollment.domain.operator.OperatorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOperatorRepository implements OperatorRepository {

  /** One account per username (V4 migration): a concurrent second creation loses here. */
  static final String UNIQUE_USERNAME_CONSTRAINT = "uq_operator_username";

  @PersistenceContext(unitName = "cns")
  EntityManager em;

  @Override
  public Optional<Operator> findByUsername(String username) {
    return em.createQuery("select o from Operator o where o.username = :u", Operator.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Operator> findByUsernameForUpdate(String username) {
    return em.createQuery("select o from Operator o where o.username = :u", Operator.class)
        .setParameter("u", username)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Operator> find(long id) {
    return Optional.ofNullable(em.find(Operator.class, id));
  }

  @Override
  public List<Operator> list() {
    return em.createQuery("select o from Operator o order by o.username", Operator.class)
        .getResultStream()
        .sorted(Comparator.comparing((Operator o) -> !o.isSupervisor()))
        .toList();
  }

  @Override
  public void add(Operator operator) {
    try {
      em.persist(operator);
      em.flush();
    } catch (PersistenceException e) {
      if (Constraints.violated(e, UNIQUE_USERNAME_CONSTRAINT)) {
        throw new BusinessRefusal(ErrorCode.OPERATOR_USERNAME_TAKEN, "username taken");
      }
      throw e;
    }
  }
}
