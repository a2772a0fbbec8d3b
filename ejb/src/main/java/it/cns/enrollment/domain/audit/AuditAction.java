package it.cns.enrollment.domain.audit;

/** What was attempted. */
public enum AuditAction {
  CARD_BIND,
  CARD_UNBIND,
  SMARTCARD_LOGIN,
  PASSWORD_LOGIN,
  LOGOUT,
  FISCONLINE_ENROLLMENT,
  TSCNS_ACTIVATION,
  CARD_REVOCATION
}
