package it.cns.enrollment.infrastructure.persistence.jpa;

import it.cns.enrollment.domain.counter.CounterOffice;
import it.cns.enrollment.domain.counter.CounterOfficeRepository;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCounterOfficeRepository implements CounterOfficeRepository {

  /** Office names are unique (V4 migration). */
  static final String UNIQUE_NAME_CONSTRAINT = "uq_counter_office_name";

  @PersistenceContext(unitName = "cns")
  EntityManager em;

  @Override
  public Optional<CounterOffice> find(long id) {
    return Optional.ofNullable(em.find(CounterOffice.class, id));
  }

  @Override
  public List<CounterOffice> listAll() {
    return em.createQuery("select c from CounterOffice c order by c.name", CounterOffice.class)
        .getResultList();
  }

  @Override
  public List<CounterOffice> listEnabled() {
    return em.createQuery(
            "select c from CounterOffice c where c.enabled = true"
                + " order by c.healthAgency, c.name",
            CounterOffice.class)
        .getResultList();
  }

  @Override
  public void add(CounterOffice office) {
    try {
      em.persist(office);
      em.flush();
    } catch (PersistenceException e) {
      throw nameTaken(e);
    }
  }

  @Override
  public void flush() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw nameTaken(e);
    }
  }

  private static RuntimeException nameTaken(PersistenceException e) {
    return Constraints.violated(e, UNIQUE_NAME_CONSTRAINT)
        ? new BusinessRefusal(ErrorCode.COUNTER_OFFICE_NAME_TAKEN, "counter name taken")
        : e;
  }
}
