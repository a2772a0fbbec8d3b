package it.cns.enrollment.domain.audit;

/** What was attempted. */
public enum AuditAction {
  CARD_BIND,
  CARD_UNBIND,
  SMARTCARD_LOGIN,
  PASSWORD_LOGIN,
  PASSWORD_CHANGE,
  /** Failed attempts and lock of Fisconline credentials cleared (smartcard login). */
  CREDENTIALS_UNLOCK,
  LOGOUT,
  FISCONLINE_ENROLLMENT,
  TSCNS_ACTIVATION,
  CARD_REVOCATION,
  /** A partner's call refused by authorisation (unknown, disabled, operation not allowed). */
  PARTNER_CALL,
  /** A card challenge issued to a partner. */
  CARD_CHALLENGE,
  /** A proof of card presence checked against a challenge (refusals are audited). */
  CARD_PROOF
}
