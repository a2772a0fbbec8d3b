package it.cns.enrollment.domain.activation;

/** The three codes of a TS-CNS. */
public enum CodeKind {
  /** Unlocks the card's key (3 wrong tries lock the card). */
  PIN,
  /** Unblocks a locked PIN. */
  PUK,
  /** Identifies the holder when the card is revoked. */
  CIP
}
