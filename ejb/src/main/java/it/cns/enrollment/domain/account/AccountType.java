package it.cns.enrollment.domain.account;

/** The telematic service a person is enabled to; exactly one per person. */
public enum AccountType {
  /** Telematic services for individuals. */
  FISCONLINE,
  /** Telematic services for intermediaries and organisations, organised by sites. */
  ENTRATEL
}
