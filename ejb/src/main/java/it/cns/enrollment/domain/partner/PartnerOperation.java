package it.cns.enrollment.domain.partner;

/** What a partner may be allowed to call; stored by name in {@code partner_operation}. */
public enum PartnerOperation {
  REQUEST_CHALLENGE,
  BIND_SMARTCARD,
  ENROLL_FISCONLINE,
  REGISTRATION_STATUS,
  LIST_BINDINGS
}
