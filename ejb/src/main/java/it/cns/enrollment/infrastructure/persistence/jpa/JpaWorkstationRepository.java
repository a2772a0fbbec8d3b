package it.cns.enrollment.infrastructure.persistence.jpa;

import it.cns.enrollment.domain.agent.Workstation;
import it.cns.enrollment.domain.agent.WorkstationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The registered workstations, read by fingerprint; written by WorkstationRegistration's SQL. */
@ApplicationScoped
public class JpaWorkstationRepository implements WorkstationRepository {

  @PersistenceContext(unitName = "cns")
  EntityManager em;

  @Override
  public Optional<Workstation> findByFingerprint(String fingerprint) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select counter_office_id, label, enabled from counter_workstation"
                    + " where certificate_sha256 = ?")
            .setParameter(1, fingerprint)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new Workstation(
                    fingerprint,
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    Boolean.TRUE.equals(r[2])));
  }
}
