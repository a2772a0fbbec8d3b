package it.cns.enrollment.domain.audit;

/** Through which door a request came in. */
public enum Channel {
  /** Citizen pages on the smartcard listener (client certificate). */
  SMARTCARD,
  /** Citizen and operator pages on the public listener. */
  PUBLIC,
  /** Partner systems over SOAP on the partner listener. */
  PARTNER,
  /** Counter work on the intranet (operators, and supervisors at a counter). */
  COUNTER,
  /**
   * A supervisor's acts on the intranet: operators, counter offices, partners, the audit trail and
   * its export, the unlocks of a CIP or of Fisconline credentials.
   */
  SUPERVISION,
  /** The system itself (imports, schedulers). */
  SYSTEM
}
