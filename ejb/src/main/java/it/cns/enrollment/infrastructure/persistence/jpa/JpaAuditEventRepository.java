package it.cns.enrollment.infrastructure.persistence.jpa;

import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.AuditEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

  @PersistenceContext(unitName = "cns")
  EntityManager em;

  @Override
  public void append(AuditEvent event) {
    em.persist(event);
  }
}
