package it.cns.enrollment.domain.card;

/** Life cycle of a card binding. */
public enum BindingStatus {
  ACTIVE,
  UNBOUND,
  REVOKED
}
