package it.cns.enrollment.domain.partner;

/** What a partner may be allowed to call; stored by name in {@code partner_operation}. */
public enum PartnerOperation {
  REQUEST_CHALLENGE,
  BIND_SMARTCARD,
  ENROLL_FISCONLINE,
  REGISTRATION_STATUS,
  LIST_BINDINGS,
  /** TS-CNS activation at a health agency's counter (issue #6's service, over SOAP). */
  ACTIVATE_TSCNS,
  /** Card revocation with the holder's CIP. */
  REVOKE_CARD
}
