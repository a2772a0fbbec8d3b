package it.cns.enrollment.domain.credential;

import it.cns.enrollment.domain.identity.CodiceFiscale;
import java.time.Instant;
import java.util.Optional;

/**
 * Credentials letters waiting for their one download, shared by every node. Taking one deletes it
 * in the same statement, so two requests (on one node or two) never both get it.
 */
public interface PendingLetterRepository {

  /** Stores the letter; one already waiting for the same person is replaced. */
  void put(PendingLetter letter);

  /**
   * The sealed letter of {@code owner} if it has not expired at {@code now}, deleted; else empty.
   */
  Optional<byte[]> take(CodiceFiscale owner, Instant now);

  /** Whether such a letter is waiting (same conditions as {@link #take}, nothing deleted). */
  boolean isWaiting(CodiceFiscale owner, Instant now);

  /** Deletes every letter expired at {@code now}; returns how many. */
  int purgeExpired(Instant now);
}
