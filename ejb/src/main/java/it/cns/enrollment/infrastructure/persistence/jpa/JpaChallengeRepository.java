package it.cns.enrollment.infrastructure.persistence.jpa;

import it.cns.enrollment.domain.challenge.CardChallenge;
import it.cns.enrollment.domain.challenge.ChallengeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class JpaChallengeRepository implements ChallengeRepository {

  @PersistenceContext(unitName = "cns")
  EntityManager em;

  @Override
  public void add(CardChallenge challenge) {
    em.persist(challenge);
    em.flush();
  }

  @Override
  public Optional<CardChallenge> find(String id) {
    return Optional.ofNullable(em.find(CardChallenge.class, id));
  }

  @Override
  public boolean consume(String id, long partnerId, Instant now) {
    // One conditional UPDATE decides: a concurrent consumer waits on the row lock, then finds
    // used = true and touches no row. Native SQL, so the instant is bound as a timestamp.
    int rows =
        em.createNativeQuery(
                "update card_challenge set used = true, used_at = ?1"
                    + " where id = ?2 and partner_id = ?3 and used = false and expires_at > ?4")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, id)
            .setParameter(3, partnerId)
            .setParameter(4, Timestamp.from(now))
            .executeUpdate();
    return rows == 1;
  }
}
