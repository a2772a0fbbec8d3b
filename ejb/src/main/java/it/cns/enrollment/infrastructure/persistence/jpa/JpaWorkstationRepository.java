package it.cns.enrollment.infrastructure.persistence.jpa;

import it.cns.enrollment.domain.agent.RegisteredWorkstation;
import it.cns.enrollment.domain.agent.Workstation;
import it.cns.enrollment.domain.agent.WorkstationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The registered workstations: read by fingerprint for the agent, listed and written for the
 * supervisors' page (the same upsert as WorkstationRegistration's SQL for the terminal).
 */
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

  @Override
  public List<RegisteredWorkstation> all() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select certificate_sha256, counter_office_id, label, enabled, registered_at"
                    + " from counter_workstation order by label, certificate_sha256")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new RegisteredWorkstation(
                    new Workstation(
                        (String) r[0],
                        ((Number) r[1]).longValue(),
                        (String) r[2],
                        Boolean.TRUE.equals(r[3])),
                    instant(r[4])))
        .toList();
  }

  @Override
  public void register(Workstation workstation, Instant at) {
    em.createNativeQuery(
            "insert into counter_workstation (certificate_sha256, counter_office_id, label,"
                + " enabled, registered_at) values (?1, ?2, ?3, true, ?4)"
                + " on conflict (certificate_sha256) do update set"
                + " counter_office_id = excluded.counter_office_id, label = excluded.label,"
                + " enabled = true")
        .setParameter(1, workstation.fingerprint())
        .setParameter(2, workstation.counterOfficeId())
        .setParameter(3, workstation.label())
        .setParameter(4, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public boolean setEnabled(String fingerprint, boolean enabled) {
    return em.createNativeQuery(
                "update counter_workstation set enabled = ?1 where certificate_sha256 = ?2")
            .setParameter(1, enabled)
            .setParameter(2, fingerprint)
            .executeUpdate()
        > 0;
  }

  // The driver answers a timestamptz as a Timestamp, or as an OffsetDateTime with some settings.
  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    throw new IllegalStateException("not a timestamp: " + value);
  }
}
