package it.cns.enrollment.domain.retention;

import java.time.Duration;
import java.time.Instant;

/**
 * Claims a round of the retention job and deletes what is past its retention. Every method joins
 * the caller's transaction; the claim holds its row until that transaction ends.
 */
public interface RetentionRepository {

  /**
   * Whether this transaction runs the round: true when it holds the job's row (another node's
   * running round holds it otherwise, and this one does not wait) and no round started less than
   * {@code minimumGap} before {@code now}; then the round's start is recorded.
   */
  boolean claimRound(Instant now, Duration minimumGap);

  /** Deletes card challenges that expired before {@code expiredBefore}; how many. */
  int purgeChallenges(Instant expiredBefore);

  /** Deletes partners' stored answers created before {@code createdBefore}; how many. */
  int purgePartnerAnswers(Instant createdBefore);

  /**
   * Erases the recipient's address of the mails queued before {@code queuedBefore} that were sent
   * or given up (a pending mail keeps it); how many.
   */
  int eraseMailRecipients(Instant queuedBefore);

  /** Deletes partner message ids kept until before {@code now}; how many. */
  int purgePartnerMessageIds(Instant now);

  /**
   * Deletes login throttle counts whose last wrong attempt is before {@code lastFailureBefore} and
   * that delay nothing any more at {@code now}; how many. Rows an attempt holds are skipped.
   */
  int purgeThrottleCounts(Instant lastFailureBefore, Instant now);

  /**
   * Deletes audit events older than {@code retention} by the database's clock, through the
   * database's own purge function (which refuses a period under {@link
   * RetentionPolicy#AUDIT_FLOOR}); how many.
   */
  long purgeAuditEvents(Duration retention);
}
