package it.cns.enrollment.domain.account;

/** What the import did with one row; the channels word it as {@code userImport.outcome.<name>}. */
public enum ImportOutcome {
  /** A new account, with its sites. */
  CREATED,
  /** The account was there with the same type; the sites it lacked were added. */
  SITES_ADDED,
  /** The account was there with the same type and every site: nothing changed (re-upload). */
  ALREADY_PRESENT,
  /** The row broke a rule; nothing was written for it. */
  REFUSED
}
