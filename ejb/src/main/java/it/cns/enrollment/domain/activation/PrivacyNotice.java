package it.cns.enrollment.domain.activation;

/**
 * The privacy notice (GDPR art. 13) shown to whoever activates a TS-CNS, by version. Its text lives
 * in the message bundles under {@code consent.notice.<version>.}; a change of the text is a new
 * version, so that each recorded consent names the words that were read.
 */
public final class PrivacyNotice {

  /** The version shown today; a consent to any other version is refused. */
  public static final String CURRENT_VERSION = "2026-12";

  private PrivacyNotice() {}

  /** Whether {@code version} is the notice shown today. */
  public static boolean isCurrent(String version) {
    return CURRENT_VERSION.equals(version);
  }
}
