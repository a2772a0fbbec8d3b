package it.cns.enrollment.domain.account;

/**
 * Why a row of the import file was refused; the channels word it as {@code
 * userImport.problem.<name>}.
 */
public enum ImportProblem {
  /** The record has fewer or more fields than the header. */
  FIELD_COUNT,
  /** No codice fiscale. */
  CF_MISSING,
  /** The codice fiscale breaks a rule; the refusal carries the codice fiscale's own problem. */
  CF_INVALID,
  /** No type. */
  TYPE_MISSING,
  /** The type is neither FISCONLINE nor ENTRATEL; argument: what the file says. */
  TYPE_UNKNOWN,
  /** A site code is not 3 digits; argument: the code. */
  SITE_INVALID,
  /** A site code is listed twice in the row; argument: the code. */
  SITE_REPEATED,
  /** Sites are listed for a Fisconline user, who has none. */
  SITES_NOT_FOR_FISCONLINE,
  /** The name is longer than the column allows; argument: the maximum. */
  NAME_TOO_LONG,
  /** The same codice fiscale is on an earlier row of the file; argument: that row. */
  DUPLICATE_IN_FILE,
  /** The person is already enabled to the other service; argument: that service. */
  TYPE_CONFLICT
}
