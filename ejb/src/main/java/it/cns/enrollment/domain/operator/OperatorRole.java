package it.cns.enrollment.domain.operator;

/**
 * What an intranet user may do. The names are also the container roles (web.xml) and the audit
 * actor prefixes in lower case ("operator:", "supervisor:").
 */
public enum OperatorRole {
  /** Counter work: TS-CNS activation, revocation, look-up, at one counter office. */
  OPERATOR,
  /** Counter work too, plus supervision: operators, counter offices, partners, audit trail. */
  SUPERVISOR;

  /** The audit actor of a user with this role, e.g. "supervisor:m.rossi". */
  public String actor(String username) {
    return name().toLowerCase(java.util.Locale.ROOT) + ":" + username;
  }
}
