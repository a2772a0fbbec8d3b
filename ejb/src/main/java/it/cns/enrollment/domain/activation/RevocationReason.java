package it.cns.enrollment.domain.activation;

/**
 * Why a TS-CNS is revoked, as the person asking tells the operator (issue #18). Recorded with the
 * revocation and audited; the labels are {@code revocationReason.<NAME>} in the message bundles.
 */
public enum RevocationReason {
  /** The card was lost. */
  LOST,
  /** The card was stolen. */
  STOLEN,
  /** The card is damaged and no longer works. */
  DAMAGED,
  /** The holder asks for it, for another reason. */
  HOLDER_REQUEST
}
