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
  CARD_PROOF,
  /** An operator's or supervisor's login on the intranet (refusals and lockouts too). */
  OPERATOR_LOGIN,
  OPERATOR_LOGOUT,
  OPERATOR_PASSWORD_CHANGE,
  /** A supervisor created, changed, unlocked or disabled an operator. */
  OPERATOR_ADMIN,
  /** A supervisor created, changed or disabled a partner record. */
  PARTNER_ADMIN,
  /** A supervisor created or changed a counter office. */
  COUNTER_ADMIN,
  /** New PIN, PUK and CIP for an activated card. */
  CODES_REISSUE,
  /** The activation form handed out (downloaded). */
  ACTIVATION_FORM,
  /** An e-mail of the outbox sent, retried or given up. */
  MAIL_DELIVERY,
  /** A supervisor cleared a card's CIP lock. */
  CIP_UNLOCK,
  /**
   * A supervisor exported the audit trail as CSV (the filter in the detail); also the action of a
   * refused attempt to read or export the trail.
   */
  AUDIT_EXPORT,
  /** A partner asked whether a person is enabled (registrationStatus): a read of personal data. */
  REGISTRATION_STATUS,
  /** A partner listed a person's bound cards (listBindings): a read of personal data. */
  BINDINGS_LIST,
  /** An operator or supervisor opened a person's file (look-up by codice fiscale or card). */
  DOSSIER_VIEW,
  /** The PDF with the PIN and initial password of an abilitazione handed out, once. */
  CREDENTIALS_LETTER,
  /** The retention job deleted records past their period (counts per kind in the detail). */
  RETENTION_PURGE,
  /**
   * The trusted list of card issuers downloaded: a new list taken (OK), or refused with the list in
   * force kept (the refusal's code); a refusal repeated as it was is recorded once.
   */
  TRUSTED_LIST_DOWNLOAD,
  /**
   * A file of already-enabled Fisconline and Entratel users imported (supervision page or terminal
   * command): one event per import, with counts per outcome in the detail.
   */
  USERS_IMPORT,
  /** The counter agent fetched the PIN and PUK of an activation to write them onto the card. */
  CARD_CODES_FETCH,
  /**
   * Codes waiting for the counter agent expired unfetched and were erased (count in the detail).
   */
  CARD_CODES_EXPIRY,
  /**
   * A supervisor registered, enabled or disabled a counter workstation of the counter agent (its
   * certificate's fingerprint, label and office in the detail).
   */
  WORKSTATION_ADMIN
}
