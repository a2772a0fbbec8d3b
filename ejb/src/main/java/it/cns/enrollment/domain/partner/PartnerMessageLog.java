package it.cns.enrollment.domain.partner;

import java.time.Instant;

/**
 * The MessageIDs of the signed messages each partner sent, so that a message is accepted once. The
 * database decides: the record is shared by every node of a cluster.
 */
public interface PartnerMessageLog {

  /** Longest MessageID kept (the column's width); a longer one is refused as malformed. */
  int MAX_MESSAGE_ID_LENGTH = 200;

  /**
   * Records that the partner sent this MessageID, kept until {@code keepUntil}; false when it was
   * recorded already (a replay). Forgets the partner's MessageIDs kept long enough.
   */
  boolean firstReceipt(long partnerId, String messageId, Instant receivedAt, Instant keepUntil);
}
