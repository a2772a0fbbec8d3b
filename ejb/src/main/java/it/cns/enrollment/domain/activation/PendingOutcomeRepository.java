package it.cns.enrollment.domain.activation;

import java.time.Instant;
import java.util.Optional;

/**
 * Counter outcomes waiting for their page, shared by every node. Taking the sealed halves erases
 * them in the same statement, so two requests (on one node or two) never both get them.
 */
public interface PendingOutcomeRepository {

  /** Stores the outcome. */
  void put(PendingOutcome outcome);

  /**
   * The outcome with this token hash if {@code operatorUsername} issued it and it has not expired
   * at {@code now}; its sealed halves as they are (null once taken).
   */
  Optional<PendingOutcome> find(String tokenHash, String operatorUsername, Instant now);

  /**
   * The sealed halves of that outcome (same conditions as {@link #find}), erased from the row in
   * the same statement; empty when they were taken already.
   */
  Optional<byte[]> takeHalves(String tokenHash, String operatorUsername, Instant now);

  /** Deletes every outcome expired at {@code now}; returns how many. */
  int purgeExpired(Instant now);
}
