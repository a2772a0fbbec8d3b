package it.cns.enrollment.domain.activation;

/** Life cycle of a TS-CNS activation. */
public enum ActivationStatus {
  /** Activated at a counter: the card can be used online. */
  ACTIVE,
  /** Revoked with the CIP: the card can no longer be used, its bindings are revoked too. */
  REVOKED
}
