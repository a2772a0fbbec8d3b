package it.cns.enrollment.domain.throttle;

import java.time.Instant;

/**
 * Where the counts live (the database: every node sees the same). Called inside the attempt's
 * transaction; {@link #lock} holds the key's row until it ends, so that simultaneous attempts on
 * one key, on any node, are counted one after the other.
 */
public interface ThrottleRepository {

  /** The key's count, its row created if missing and locked for this transaction. */
  ThrottleEntry lock(String key);

  /** Stores the count of a key locked by {@link #lock}. */
  void save(ThrottleEntry entry);

  /** Forgets a key (an unlock, a right secret): its next attempt starts from nothing. */
  void forget(String key);

  /**
   * Deletes a few keys whose last wrong attempt is before {@code lastFailureBefore} and which block
   * nothing at {@code now} (rows other attempts hold are skipped).
   *
   * @return how many were deleted
   */
  int forgetOlderThan(Instant lastFailureBefore, Instant now);
}
