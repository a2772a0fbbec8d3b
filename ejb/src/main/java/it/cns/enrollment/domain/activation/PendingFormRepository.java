package it.cns.enrollment.domain.activation;

import java.time.Instant;
import java.util.Optional;

/**
 * Activation forms waiting for their one download, shared by every node. Taking one deletes it in
 * the same statement, so two requests (on one node or two) never both get it.
 */
public interface PendingFormRepository {

  /** Stores the form; a form already waiting for the same activation and generation is replaced. */
  void put(PendingForm form);

  /**
   * The sealed form of this activation and generation if {@code operatorUsername} issued it and it
   * has not expired at {@code now}, deleted in the same statement; empty otherwise.
   */
  Optional<byte[]> take(
      long activationId, int codesGeneration, String operatorUsername, Instant now);

  /** Whether such a form is waiting (same conditions as {@link #take}, nothing deleted). */
  boolean isWaiting(long activationId, int codesGeneration, String operatorUsername, Instant now);

  /** Deletes every form expired at {@code now}; returns how many. */
  int purgeExpired(Instant now);
}
