package it.cns.enrollment.domain.audit;

/** Through which door a request came in. */
public enum Channel {
  /** Citizen pages on the smartcard listener (client certificate). */
  SMARTCARD,
  /** Citizen and operator pages on the public listener. */
  PUBLIC,
  /** Partner systems over SOAP on the partner listener. */
  PARTNER,
  /** Counter operators on the intranet. */
  COUNTER,
  /** The system itself (imports, schedulers). */
  SYSTEM
}
