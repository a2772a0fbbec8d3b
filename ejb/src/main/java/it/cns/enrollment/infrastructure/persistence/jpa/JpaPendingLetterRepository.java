package it.cns.enrollment.infrastructure.persistence.jpa;

import it.cns.enrollment.domain.credential.PendingLetter;
import it.cns.enrollment.domain.credential.PendingLetterRepository;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * SQL rather than an entity, as for the pending activation form: written once, taken once, and
 * {@code delete … returning} makes the one download a single statement the database decides.
 */
@ApplicationScoped
public class JpaPendingLetterRepository implements PendingLetterRepository {

  @PersistenceContext(unitName = "cns")
  EntityManager em;

  @Override
  public void put(PendingLetter letter) {
    em.createNativeQuery(
            "insert into pending_credentials_letter (codice_fiscale, sealed_pdf, created_at,"
                + " expires_at) values (?, ?, ?, ?)"
                + " on conflict (codice_fiscale) do update set sealed_pdf = excluded.sealed_pdf,"
                + " created_at = excluded.created_at, expires_at = excluded.expires_at")
        .setParameter(1, letter.owner().toString())
        .setParameter(2, letter.sealedPdf())
        .setParameter(3, Timestamp.from(letter.createdAt()))
        .setParameter(4, Timestamp.from(letter.expiresAt()))
        .executeUpdate();
  }

  @Override
  public Optional<byte[]> take(CodiceFiscale owner, Instant now) {
    @SuppressWarnings("unchecked")
    List<Object> taken =
        em.createNativeQuery(
                "delete from pending_credentials_letter where codice_fiscale = ?"
                    + " and expires_at > ? returning sealed_pdf")
            .setParameter(1, owner.toString())
            .setParameter(2, Timestamp.from(now))
            .getResultList();
    return taken.stream().findFirst().map(byte[].class::cast);
  }

  @Override
  public boolean isWaiting(CodiceFiscale owner, Instant now) {
    return !em.createNativeQuery(
            "select 1 from pending_credentials_letter where codice_fiscale = ? and expires_at > ?")
        .setParameter(1, owner.toString())
        .setParameter(2, Timestamp.from(now))
        .getResultList()
        .isEmpty();
  }

  @Override
  public int purgeExpired(Instant now) {
    return em.createNativeQuery("delete from pending_credentials_letter where expires_at <= ?")
        .setParameter(1, Timestamp.from(now))
        .executeUpdate();
  }
}
