package it.cns.enrollment.infrastructure.persistence.jpa;

import it.cns.enrollment.domain.mail.OutboundMail;
import it.cns.enrollment.domain.mail.OutboundMailRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOutboundMailRepository implements OutboundMailRepository {

  @PersistenceContext(unitName = "cns")
  EntityManager em;

  @Override
  public void add(OutboundMail mail) {
    em.persist(mail);
    em.flush();
  }

  @Override
  public Optional<OutboundMail> find(long id) {
    return Optional.ofNullable(em.find(OutboundMail.class, id));
  }

  @Override
  public Optional<OutboundMail> findForUpdate(long id) {
    return Optional.ofNullable(em.find(OutboundMail.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<OutboundMail> lockIfDue(long id, Instant now) {
    // SKIP LOCKED: a row another transaction (another node, or the after-commit send racing the
    // timer) is working on is simply not ours this time. JPQL has no such lock mode, hence SQL;
    // the row is then read into the persistence context (already locked by us).
    @SuppressWarnings("unchecked")
    List<Object> locked =
        em.createNativeQuery(
                "select id from outbound_mail where id = ? and status = 'PENDING'"
                    + " and next_attempt_at <= ? for update skip locked")
            .setParameter(1, id)
            .setParameter(2, Timestamp.from(now))
            .getResultList();
    if (locked.isEmpty()) {
      return Optional.empty();
    }
    OutboundMail mail = em.find(OutboundMail.class, id);
    // A row this persistence context read earlier would be stale; the lock makes a refresh safe.
    em.refresh(mail);
    return Optional.of(mail);
  }

  @Override
  public List<Long> dueIds(Instant now, int limit) {
    // SQL with a Timestamp, as in lockIfDue: the Instant converter is not applied to parameters.
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "select id from outbound_mail where status = 'PENDING' and next_attempt_at <= ?"
                    + " order by next_attempt_at, id limit ?")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, limit)
            .getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  @Override
  public List<OutboundMail> findByReference(String reference) {
    return em.createQuery(
            "select m from OutboundMail m where m.reference = :reference"
                + " order by m.createdAt desc, m.id desc",
            OutboundMail.class)
        .setParameter("reference", reference)
        .getResultList();
  }
}
