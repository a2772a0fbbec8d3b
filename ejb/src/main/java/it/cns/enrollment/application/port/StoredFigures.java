package it.cns.enrollment.application.port;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Figures for the supervisors' status page read from the database: the outbox backlog, partners
 * about to lose access, and activity per day over a period (from the activations and the audit
 * trail, by time). Every method throws {@link Unavailable} when the database does not answer, so
 * that the page can say so and show what it knows without it.
 */
public interface StoredFigures {

  OutboxBacklog outboxBacklog();

  /** Enabled partners whose certificate ends before {@code horizon} with no renewal beyond it. */
  List<ExpiringPartner> partnersExpiringBefore(Instant horizon);

  /**
   * TS-CNS activations per Italian day and counter office name, from {@code from} to {@code to}.
   */
  List<DailyCount> activationsPerCounter(LocalDate from, LocalDate to);

  /** Citizens' logins (smartcard and password) per Italian day and outcome (OK or the code). */
  List<DailyCount> citizenLoginsPerOutcome(LocalDate from, LocalDate to);

  /** Audited partner calls per Italian day and partner name. */
  List<DailyCount> partnerCallsPerPartner(LocalDate from, LocalDate to);

  /**
   * The outbox: mails waiting, mails given up, and when the oldest waiting one was written (null
   * when none waits).
   */
  record OutboxBacklog(long pending, long failed, Instant oldestPending) {}

  /** A partner whose certificate ends soon, and when. */
  record ExpiringPartner(String name, Instant certificateNotAfter) {}

  /** How many things of a series happened on a day. */
  record DailyCount(LocalDate day, String series, long count) {}

  /** The database did not answer; the message says what was being read, never data. */
  final class Unavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Unavailable(String what, Throwable cause) {
      super(what + " not read: the database did not answer", cause);
    }
  }
}
