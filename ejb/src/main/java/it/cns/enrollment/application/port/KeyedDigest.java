package it.cns.enrollment.application.port;

/**
 * A digest of an identifier keyed with the server-side secret ({@code CNS_HASH_PEPPER}): the same
 * on every node, and not recomputable from a list of plausible identifiers by whoever reads the
 * database. A codice fiscale or a username is a small, guessable space: its plain SHA-256 would
 * name the person to anyone with a dump and a list of codici fiscali.
 */
public interface KeyedDigest {

  /**
   * Lowercase hex of the keyed digest of {@code text} (UTF-8) for {@code purpose}: each purpose
   * gets its own key, so digests of one use cannot be matched against another's.
   */
  String hex(String purpose, String text);
}
