package it.cns.enrollment.infrastructure.persistence.jpa;

import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.AuditEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

  @PersistenceContext(unitName = "cns")
  EntityManager em;

  @Override
  public void append(AuditEvent event) {
    em.persist(event);
  }

  @Override
  public List<AuditEvent> latestAbout(String codiceFiscale, int max) {
    return em.createQuery(
            "select e from AuditEvent e where e.subjectCf = :cf order by e.id desc",
            AuditEvent.class)
        .setParameter("cf", codiceFiscale)
        .setMaxResults(max)
        .getResultList();
  }
}
