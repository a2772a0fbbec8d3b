package it.cns.enrollment.infrastructure.persistence.jpa;

import it.cns.enrollment.domain.activation.PendingForm;
import it.cns.enrollment.domain.activation.PendingFormRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * SQL rather than an entity: the rows are written once and taken once, and {@code delete …
 * returning} makes the one download a single statement the database decides between nodes.
 */
@ApplicationScoped
public class JpaPendingFormRepository implements PendingFormRepository {

  @PersistenceContext(unitName = "cns")
  EntityManager em;

  @Override
  public void put(PendingForm form) {
    em.createNativeQuery(
            "insert into pending_activation_form (activation_id, codes_generation,"
                + " operator_username, sealed_pdf, created_at, expires_at)"
                + " values (?, ?, ?, ?, ?, ?)"
                + " on conflict (activation_id, codes_generation) do update set"
                + " operator_username = excluded.operator_username,"
                + " sealed_pdf = excluded.sealed_pdf, created_at = excluded.created_at,"
                + " expires_at = excluded.expires_at")
        .setParameter(1, form.activationId())
        .setParameter(2, form.codesGeneration())
        .setParameter(3, form.operatorUsername())
        .setParameter(4, form.sealedPdf())
        .setParameter(5, Timestamp.from(form.createdAt()))
        .setParameter(6, Timestamp.from(form.expiresAt()))
        .executeUpdate();
  }

  @Override
  public Optional<byte[]> take(
      long activationId, int codesGeneration, String operatorUsername, Instant now) {
    @SuppressWarnings("unchecked")
    List<Object> taken =
        em.createNativeQuery(
                "delete from pending_activation_form where activation_id = ?"
                    + " and codes_generation = ? and operator_username = ? and expires_at > ?"
                    + " returning sealed_pdf")
            .setParameter(1, activationId)
            .setParameter(2, codesGeneration)
            .setParameter(3, operatorUsername)
            .setParameter(4, Timestamp.from(now))
            .getResultList();
    return taken.stream().findFirst().map(byte[].class::cast);
  }

  @Override
  public boolean isWaiting(
      long activationId, int codesGeneration, String operatorUsername, Instant now) {
    return !em.createNativeQuery(
            "select 1 from pending_activation_form where activation_id = ?"
                + " and codes_generation = ? and operator_username = ? and expires_at > ?")
        .setParameter(1, activationId)
        .setParameter(2, codesGeneration)
        .setParameter(3, operatorUsername)
        .setParameter(4, Timestamp.from(now))
        .getResultList()
        .isEmpty();
  }

  @Override
  public int purgeExpired(Instant now) {
    return em.createNativeQuery("delete from pending_activation_form where expires_at <= ?")
        .setParameter(1, Timestamp.from(now))
        .executeUpdate();
  }
}
