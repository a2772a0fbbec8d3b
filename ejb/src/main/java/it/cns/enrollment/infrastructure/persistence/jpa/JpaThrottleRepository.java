package it.cns.enrollment.infrastructure.persistence.jpa;

import static it.cns.enrollment.infrastructure.persistence.NativeColumns.instant;

import it.cns.enrollment.domain.throttle.ThrottleEntry;
import it.cns.enrollment.domain.throttle.ThrottleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The throttle counts in {@code login_throttle}, by SQL: an upsert that creates the row when
 * missing and then {@code FOR UPDATE}, so that two nodes counting one key wait for each other
 * instead of both inserting.
 */
@ApplicationScoped
public class JpaThrottleRepository implements ThrottleRepository {

  /** Rows removed per call of {@link #forgetOlderThan}: bounded work on the login's path. */
  static final int PURGE_BATCH = 50;

  @PersistenceContext(unitName = "cns")
  EntityManager em;

  @Override
  public ThrottleEntry lock(String key) {
    em.createNativeQuery(
            "insert into login_throttle (throttle_key) values (?) on conflict (throttle_key)"
                + " do nothing")
        .setParameter(1, key)
        .executeUpdate();
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select failures, last_failure_at, blocked_until from login_throttle"
                        + " where throttle_key = ? for update")
                .setParameter(1, key)
                .getSingleResult();
    return new ThrottleEntry(key, ((Number) row[0]).intValue(), instant(row[1]), instant(row[2]));
  }

  @Override
  public void save(ThrottleEntry entry) {
    em.createNativeQuery(
            "update login_throttle set failures = ?, last_failure_at = cast(? as timestamptz),"
                + " blocked_until = cast(? as timestamptz)"
                + " where throttle_key = ?")
        .setParameter(1, entry.failures())
        .setParameter(2, timestamp(entry.lastFailureAt()))
        .setParameter(3, timestamp(entry.blockedUntil()))
        .setParameter(4, entry.key())
        .executeUpdate();
  }

  @Override
  public void forget(String key) {
    em.createNativeQuery("delete from login_throttle where throttle_key = ?")
        .setParameter(1, key)
        .executeUpdate();
  }

  @Override
  public int forgetOlderThan(Instant lastFailureBefore, Instant now) {
    // SKIP LOCKED: rows another attempt holds are that attempt's business, never waited for.
    return em.createNativeQuery(
            "delete from login_throttle where throttle_key in (select throttle_key from"
                + " login_throttle where last_failure_at < cast(? as timestamptz)"
                + " and (blocked_until is null or blocked_until < cast(? as timestamptz))"
                + " limit "
                + PURGE_BATCH
                + " for update skip locked)")
        .setParameter(1, Timestamp.from(lastFailureBefore))
        .setParameter(2, Timestamp.from(now))
        .executeUpdate();
  }

  private static Timestamp timestamp(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }
}
