package it.cns.enrollment.domain.agent;

import java.time.Instant;
import java.util.Optional;

/**
 * Codes waiting for the counter agent, shared by every node: one row per card, taken once. Expired
 * rows are never handed out and are deleted by {@link #purgeExpired}.
 */
public interface PendingCardCodesRepository {

  /** Stores the sealed codes of a card; codes already waiting for the same card are replaced. */
  void put(PendingCardCodes codes);

  /**
   * The codes waiting for this card, locked until the transaction ends, so that two fetches (on one
   * node or two) never both get them; empty when none wait.
   */
  Optional<PendingCardCodes> findForUpdate(String cardId);

  /** Deletes the codes of this card (after their one fetch). */
  void delete(String cardId);

  /** Deletes every row expired at {@code now}; returns how many. */
  int purgeExpired(Instant now);
}
