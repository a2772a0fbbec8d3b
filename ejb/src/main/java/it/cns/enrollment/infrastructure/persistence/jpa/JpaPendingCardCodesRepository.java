package it.cns.enrollment.infrastructure.persistence.jpa;

import it.cns.enrollment.domain.agent.PendingCardCodes;
import it.cns.enrollment.domain.agent.PendingCardCodesRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * SQL rather than an entity, as for the pending activation forms: rows are written once, read once
 * under a row lock ({@code for update}, so two fetches on one node or two never both get them) and
 * deleted.
 */
@ApplicationScoped
public class JpaPendingCardCodesRepository implements PendingCardCodesRepository {

  @PersistenceContext(unitName = "cns")
  EntityManager em;

  @Override
  public void put(PendingCardCodes codes) {
    em.createNativeQuery(
            "insert into pending_card_codes (card_id, activation_id, counter_office_id,"
                + " sealed_codes, created_at, expires_at) values (?, ?, ?, ?, ?, ?)"
                + " on conflict (card_id) do update set activation_id = excluded.activation_id,"
                + " counter_office_id = excluded.counter_office_id,"
                + " sealed_codes = excluded.sealed_codes, created_at = excluded.created_at,"
                + " expires_at = excluded.expires_at")
        .setParameter(1, codes.cardId())
        .setParameter(2, codes.activationId())
        .setParameter(3, codes.counterOfficeId())
        .setParameter(4, codes.sealedCodes())
        .setParameter(5, Timestamp.from(codes.createdAt()))
        .setParameter(6, Timestamp.from(codes.expiresAt()))
        .executeUpdate();
  }

  @Override
  public Optional<PendingCardCodes> findForUpdate(String cardId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select activation_id, counter_office_id, sealed_codes, created_at, expires_at"
                    + " from pending_card_codes where card_id = ? for update")
            .setParameter(1, cardId)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new PendingCardCodes(
                    ((Number) r[0]).longValue(),
                    cardId,
                    ((Number) r[1]).longValue(),
                    (byte[]) r[2],
                    instant(r[3]),
                    instant(r[4])));
  }

  @Override
  public void delete(String cardId) {
    em.createNativeQuery("delete from pending_card_codes where card_id = ?")
        .setParameter(1, cardId)
        .executeUpdate();
  }

  @Override
  public int purgeExpired(Instant now) {
    return em.createNativeQuery("delete from pending_card_codes where expires_at <= ?")
        .setParameter(1, Timestamp.from(now))
        .executeUpdate();
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Instant i) {
      return i;
    }
    throw new IllegalStateException("not a timestamp: " + value.getClass().getName());
  }
}
