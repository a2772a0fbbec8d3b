package it.cns.enrollment.domain.challenge;

import java.time.Instant;
import java.util.Optional;

/** Issued challenges. */
public interface ChallengeRepository {

  void add(CardChallenge challenge);

  /** The challenge with this id (lower-case hex), whoever it was issued to. */
  Optional<CardChallenge> find(String id);

  /**
   * Marks the challenge used, atomically: succeeds only for a challenge with this id, issued to
   * this partner, unused and not expired at {@code now} (in SQL, one conditional {@code UPDATE}
   * that must touch exactly one row). Of two concurrent consumers exactly one gets {@code true}.
   */
  boolean consume(String id, long partnerId, Instant now);
}
