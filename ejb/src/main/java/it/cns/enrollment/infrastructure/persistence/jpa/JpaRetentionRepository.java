package it.cns.enrollment.infrastructure.persistence.jpa;

import it.cns.enrollment.domain.retention.RetentionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** SQL: set-wise deletes by time, on the tables' time indexes, and the job's row lock. */
@ApplicationScoped
public class JpaRetentionRepository implements RetentionRepository {

  static final String JOB = "retention";

  @PersistenceContext(unitName = "cns")
  EntityManager em;

  @Override
  public boolean claimRound(Instant now, Duration minimumGap) {
    // SKIP LOCKED: while another node's round holds the row, this node skips rather than waits;
    // once that round commits, its start time makes the others skip until the gap has passed.
    @SuppressWarnings("unchecked")
    List<Object> claimed =
        em.createNativeQuery(
                "select name from scheduled_job where name = ?"
                    + " and last_started_at <= cast(? as timestamptz)"
                    + " for update skip locked")
            .setParameter(1, JOB)
            .setParameter(2, Timestamp.from(now.minus(minimumGap)))
            .getResultList();
    if (claimed.isEmpty()) {
      return false;
    }
    em.createNativeQuery("update scheduled_job set last_started_at = ? where name = ?")
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, JOB)
        .executeUpdate();
    return true;
  }

  @Override
  public int purgeChallenges(Instant expiredBefore) {
    return em.createNativeQuery("delete from card_challenge where expires_at < ?")
        .setParameter(1, Timestamp.from(expiredBefore))
        .executeUpdate();
  }

  @Override
  public int purgePartnerAnswers(Instant createdBefore) {
    return em.createNativeQuery("delete from partner_request where created_at < ?")
        .setParameter(1, Timestamp.from(createdBefore))
        .executeUpdate();
  }

  @Override
  public int eraseMailRecipients(Instant queuedBefore) {
    return em.createNativeQuery(
            "update outbound_mail set recipient = null where recipient is not null"
                + " and status <> 'PENDING' and created_at < ?")
        .setParameter(1, Timestamp.from(queuedBefore))
        .executeUpdate();
  }

  @Override
  public int purgePartnerMessageIds(Instant now) {
    return em.createNativeQuery("delete from partner_message where keep_until < ?")
        .setParameter(1, Timestamp.from(now))
        .executeUpdate();
  }

  @Override
  public int purgeThrottleCounts(Instant lastFailureBefore, Instant now) {
    // SKIP LOCKED: a row a login attempt holds is that attempt's business, never waited for.
    return em.createNativeQuery(
            "delete from login_throttle where throttle_key in (select throttle_key from"
                + " login_throttle where coalesce(last_failure_at, '-infinity')"
                + " < cast(? as timestamptz) and (blocked_until is null"
                + " or blocked_until < cast(? as timestamptz)) for update skip locked)")
        .setParameter(1, Timestamp.from(lastFailureBefore))
        .setParameter(2, Timestamp.from(now))
        .executeUpdate();
  }

  @Override
  public long purgeAuditEvents(Duration retention) {
    // The owner's SECURITY DEFINER function (V23_1): this role may not delete from the trail.
    Object purged =
        em.createNativeQuery("select purge_audit_events(make_interval(secs => ?))")
            .setParameter(1, (double) retention.toSeconds())
            .getSingleResult();
    return ((Number) purged).longValue();
  }
}
