package it.cns.enrollment.domain.retention;

import java.time.Duration;
import java.util.Objects;

/**
 * How often the retention job runs and how long each kind of record is kept past its use:
 *
 * <ul>
 *   <li>{@code challenges}: a card challenge, counted from its expiry;
 *   <li>{@code partnerAnswers}: a partner's stored answer (replayed for the same request id), from
 *       its creation;
 *   <li>{@code mailRecipients}: the recipient's address of a mail that was sent or given up, from
 *       when the mail was queued (the row stays, with its state, for the operator);
 *   <li>{@code throttleIdle}: a login throttle count, from its last wrong attempt (the throttle's
 *       own forget period: past it the count has no effect);
 *   <li>{@code audit}: an audit event, from when it happened; never under {@link #AUDIT_FLOOR},
 *       which the database enforces too.
 * </ul>
 *
 * Records with an expiry of their own (partner message ids, pending activation forms and
 * credentials letters) go once it has passed.
 */
public record RetentionPolicy(
    Duration interval,
    Duration challenges,
    Duration partnerAnswers,
    Duration mailRecipients,
    Duration throttleIdle,
    Duration audit) {

  /** The shortest audit retention accepted, here and by the database's purge function. */
  public static final Duration AUDIT_FLOOR = Duration.ofDays(365);

  public RetentionPolicy {
    positive(interval, "interval");
    positive(challenges, "challenge retention");
    positive(partnerAnswers, "partner answer retention");
    positive(mailRecipients, "mail recipient retention");
    positive(throttleIdle, "throttle retention");
    positive(audit, "audit retention");
    if (audit.compareTo(AUDIT_FLOOR) < 0) {
      throw new IllegalArgumentException(
          "the audit retention must be at least " + AUDIT_FLOOR.toDays() + " days: " + audit);
    }
  }

  /**
   * The least time between two runs on any node: a little less than the interval, so that the
   * nodes' timers, which fire at slightly different instants, do not skip a round between them.
   */
  public Duration minimumGap() {
    return interval.minus(interval.dividedBy(10));
  }

  private static void positive(Duration d, String what) {
    Objects.requireNonNull(d, what + " is required");
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException("the " + what + " must be positive: " + d);
    }
  }
}
