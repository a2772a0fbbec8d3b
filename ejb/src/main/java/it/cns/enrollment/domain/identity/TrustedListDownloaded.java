package it.cns.enrollment.domain.identity;

import java.util.Objects;

/**
 * A download of the trusted list of card issuers that is news: a new list verified and taken, or a
 * list refused for a reason not reported just before (the list in force kept). Refreshes that find
 * the list unchanged, and a refusal repeated as it was, are not news: one event per change, as one
 * log line, however often the download is retried.
 *
 * @param source where the list was downloaded from
 * @param refusal why the list was refused (a stable code such as {@code WRONG_SIGNER}), or null
 *     when it was taken
 * @param detail the list's description, or what was wrong with it (one line, no secret)
 */
public record TrustedListDownloaded(String source, String refusal, String detail) {

  public TrustedListDownloaded {
    Objects.requireNonNull(source, "source is required");
    Objects.requireNonNull(detail, "detail is required");
  }

  /** A new list that verified, now in force. */
  public static TrustedListDownloaded taken(String source, String detail) {
    return new TrustedListDownloaded(source, null, detail);
  }

  /** A list refused, the one in force kept. */
  public static TrustedListDownloaded refused(String source, String refusal, String detail) {
    return new TrustedListDownloaded(
        source, Objects.requireNonNull(refusal, "refusal is required"), detail);
  }

  public boolean taken() {
    return refusal == null;
  }
}
