package it.cns.enrollment.infrastructure.persistence.jpa;

import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.domain.activation.PendingOutcome;
import it.cns.enrollment.domain.activation.PendingOutcomeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * SQL rather than an entity, as for the pending forms: written once, read by a page, its halves
 * taken by one {@code update … returning} that the database decides between nodes.
 */
@ApplicationScoped
public class JpaPendingOutcomeRepository implements PendingOutcomeRepository {

  private static final String COLUMNS =
      "token_hash, activation_id, codes_generation, operator_username, card_id_masked,"
          + " holder_cf, activation_case, activated_at, mail_reference, reissue, form_made,"
          + " sealed_halves, created_at, expires_at";

  @PersistenceContext(unitName = "cns")
  EntityManager em;

  @Override
  public void put(PendingOutcome o) {
    em.createNativeQuery(
            "insert into pending_activation_outcome ("
                + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, o.tokenHash())
        .setParameter(2, o.activationId())
        .setParameter(3, o.codesGeneration())
        .setParameter(4, o.operatorUsername())
        .setParameter(5, o.cardIdMasked())
        .setParameter(6, o.holderCf())
        .setParameter(7, o.activationCase().name())
        .setParameter(8, Timestamp.from(o.activatedAt()))
        .setParameter(9, o.mailReference())
        .setParameter(10, o.reissue())
        .setParameter(11, o.formMade())
        .setParameter(12, o.sealedHalves())
        .setParameter(13, Timestamp.from(o.createdAt()))
        .setParameter(14, Timestamp.from(o.expiresAt()))
        .executeUpdate();
  }

  @Override
  public Optional<PendingOutcome> find(String tokenHash, String operatorUsername, Instant now) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select "
                    + COLUMNS
                    + " from pending_activation_outcome where token_hash = ?"
                    + " and operator_username = ? and expires_at > ?")
            .setParameter(1, tokenHash)
            .setParameter(2, operatorUsername)
            .setParameter(3, Timestamp.from(now))
            .getResultList();
    return rows.stream().findFirst().map(JpaPendingOutcomeRepository::outcome);
  }

  private static PendingOutcome outcome(Object[] r) {
    return new PendingOutcome(
        (String) r[0],
        ((Number) r[1]).longValue(),
        ((Number) r[2]).intValue(),
        (String) r[3],
        (String) r[4],
        (String) r[5],
        ActivationCase.valueOf((String) r[6]),
        ((Timestamp) r[7]).toInstant(),
        (String) r[8],
        (Boolean) r[9],
        (Boolean) r[10],
        (byte[]) r[11],
        ((Timestamp) r[12]).toInstant(),
        ((Timestamp) r[13]).toInstant());
  }

  @Override
  public Optional<byte[]> takeHalves(String tokenHash, String operatorUsername, Instant now) {
    // The row is locked by the subquery; a second request waiting on the lock re-checks "is not
    // null" after the first commits and gets nothing.
    @SuppressWarnings("unchecked")
    List<Object> taken =
        em.createNativeQuery(
                "update pending_activation_outcome p set sealed_halves = null"
                    + " from (select token_hash, sealed_halves from pending_activation_outcome"
                    + " where token_hash = ? and operator_username = ? and expires_at > ?"
                    + " and sealed_halves is not null for update) old"
                    + " where p.token_hash = old.token_hash and p.sealed_halves is not null"
                    + " returning old.sealed_halves")
            .setParameter(1, tokenHash)
            .setParameter(2, operatorUsername)
            .setParameter(3, Timestamp.from(now))
            .getResultList();
    return taken.stream().findFirst().map(byte[].class::cast);
  }

  @Override
  public int purgeExpired(Instant now) {
    return em.createNativeQuery("delete from pending_activation_outcome where expires_at <= ?")
        .setParameter(1, Timestamp.from(now))
        .executeUpdate();
  }
}
