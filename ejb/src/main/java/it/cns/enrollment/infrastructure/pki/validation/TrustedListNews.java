package it.cns.enrollment.infrastructure.pki.validation;

import it.cns.enrollment.domain.identity.TrustedListDownloaded;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Which refreshes of the trusted list are news for the log and the audit trail: a new list taken
 * always is; a refusal is unless it repeats, word for word, the refusal reported last; an unchanged
 * list never is, and ends a run of refusals (the same refusal after it is news again). A publisher
 * serving one bad list for a day thus gives one log line and one audit row, not one per period.
 */
public final class TrustedListNews {

  private final URI source;
  private TrustedListDownload.Result lastRefusal;

  public TrustedListNews(URI source) {
    this.source = Objects.requireNonNull(source, "source is required");
  }

  /** What this refresh is news of, if anything; remembers a refusal reported. */
  public synchronized Optional<TrustedListDownloaded> of(TrustedListDownload.Result result) {
    if (result.outcome().succeeded()) {
      lastRefusal = null;
      return result.outcome() == TrustedListDownload.Outcome.UPDATED
          ? Optional.of(TrustedListDownloaded.taken(source.toString(), result.detail()))
          : Optional.empty();
    }
    if (result.equals(lastRefusal)) {
      return Optional.empty();
    }
    lastRefusal = result;
    return Optional.of(
        TrustedListDownloaded.refused(source.toString(), result.outcome().name(), result.detail()));
  }
}
