package it.cns.enrollment.infrastructure.pki.validation;

import it.cns.enrollment.infrastructure.pki.validation.UrlConnectionHttpFetcher.Download;
import it.cns.enrollment.infrastructure.pki.validation.UrlConnectionHttpFetcher.Validators;
import java.io.IOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The trusted list as its publisher serves it (AgID's TSL-IT.xml address): each {@link #refresh}
 * asks for it with a conditional GET (bounded in size and time), verifies the XML signature against
 * the configured signer certificates, and only then keeps it. Any refusal - the network, an
 * unsigned, altered, stranger-signed, malformed or expired list, or one older than the list kept -
 * leaves the kept list as it was: refusing a bad list must never lose a good one.
 *
 * <p>The kept list lives in memory: after a restart a node has none until its first refresh, which
 * runs right after deployment.
 */
public final class TrustedListDownload {

  /** What one refresh did. */
  public enum Outcome {
    /** A new list verified and is kept now. */
    UPDATED,
    /** The server said the list has not changed (304), or sent the same bytes again. */
    UNCHANGED,
    /** No answer, an HTTP error, a timeout, an answer over the size limit. */
    NETWORK_ERROR,
    /** The configured signer certificate file cannot be read. */
    NO_SIGNER,
    /** {@link TrustedListException.Reason#UNSIGNED}. */
    UNSIGNED,
    /** {@link TrustedListException.Reason#BAD_SIGNATURE}. */
    BAD_SIGNATURE,
    /** {@link TrustedListException.Reason#WRONG_SIGNER}. */
    WRONG_SIGNER,
    /** {@link TrustedListException.Reason#MALFORMED}: not XML, truncated, not TS 119 612. */
    MALFORMED,
    /** {@link TrustedListException.Reason#EXPIRED}, or the kept list expired and none came. */
    EXPIRED,
    /** Verified, but its TSLSequenceNumber is lower than the kept list's: an old list replayed. */
    ROLLBACK;

    /** Whether the list kept after this refresh is the publisher's current one. */
    public boolean succeeded() {
      return this == UPDATED || this == UNCHANGED;
    }
  }

  /**
   * What one refresh did, and a one-line detail for the log (no line breaks, bounded).
   *
   * @param outcome what happened
   * @param detail the list's description, or why it was refused
   */
  public record Result(Outcome outcome, String detail) {
    static final int MAX_DETAIL = 300;

    public Result {
      Objects.requireNonNull(outcome, "outcome is required");
      String oneLine = String.valueOf(detail).replaceAll("\\p{Cntrl}+", " ");
      detail = oneLine.length() > MAX_DETAIL ? oneLine.substring(0, MAX_DETAIL) + "..." : oneLine;
    }
  }

  /** A list that verified, how the server identified it, and with which signers. */
  private record Kept(
      TrustedListReader.TrustedList list,
      byte[] sha256,
      Validators validators,
      List<X509Certificate> signers) {}

  private final URI url;
  private final UrlConnectionHttpFetcher fetcher;
  private final long maxBytes;
  private final Clock clock;
  private final AtomicReference<Kept> kept = new AtomicReference<>();

  /**
   * @param url where the list is published (http or https)
   * @param fetcher the HTTP client, with its connect and read timeouts
   * @param maxBytes the largest list accepted
   * @param clock for expiry
   */
  public TrustedListDownload(
      URI url, UrlConnectionHttpFetcher fetcher, long maxBytes, Clock clock) {
    this.url = Objects.requireNonNull(url, "url is required");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher is required");
    this.clock = Objects.requireNonNull(clock, "clock is required");
    if (maxBytes < 1 || maxBytes > TrustedListReader.MAX_LIST_BYTES) {
      throw new IllegalArgumentException(
          "maxBytes must be 1-" + TrustedListReader.MAX_LIST_BYTES + ": " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  public URI url() {
    return url;
  }

  /**
   * Downloads and verifies the list; keeps it only if it verifies. Never throws for a bad list or
   * network: the result says what happened. Refreshes are serialised.
   *
   * @param signers the certificates one of which must have signed the list (read again at each
   *     refresh, so a signer change needs no redeployment); a list kept under other signers is
   *     downloaded again unconditionally and verified with these
   */
  public synchronized Result refresh(List<X509Certificate> signers) {
    if (signers == null || signers.isEmpty()) {
      return new Result(Outcome.NO_SIGNER, "no trusted list signer certificate configured");
    }
    Kept previous = kept.get();
    boolean sameSigners = previous != null && previous.signers().equals(signers);
    Download download;
    try {
      download =
          fetcher.getIfModified(
              url, maxBytes, sameSigners ? previous.validators() : Validators.NONE);
    } catch (IOException | RuntimeException e) {
      return new Result(Outcome.NETWORK_ERROR, e.toString());
    }
    if (!download.modified()) {
      return unchanged(previous);
    }
    byte[] digest = sha256(download.body());
    if (sameSigners && MessageDigest.isEqual(digest, previous.sha256())) {
      kept.set(new Kept(previous.list(), digest, download.validators(), signers));
      return unchanged(previous);
    }
    TrustedListReader.TrustedList list;
    try {
      list = TrustedListReader.readSignedByAnyOf(signers, clock, Duration.ZERO, download.body());
    } catch (TrustedListException e) {
      // The outcome names the reason; the detail need not repeat it.
      String prefix = e.reason().name() + ": ";
      String why = String.valueOf(e.getMessage());
      return new Result(
          Outcome.valueOf(e.reason().name()),
          why.startsWith(prefix) ? why.substring(prefix.length()) : why);
    }
    if (previous != null && older(list, previous.list())) {
      return new Result(
          Outcome.ROLLBACK,
          list.description() + " is older than the list kept, " + previous.list().description());
    }
    kept.set(new Kept(list, digest, download.validators(), signers));
    return new Result(
        Outcome.UPDATED,
        list.description() + ", " + list.certificates().size() + " CNS issuer certificates");
  }

  private Result unchanged(Kept previous) {
    Instant next = previous.list().nextUpdate();
    if (next.isBefore(clock.instant())) {
      return new Result(
          Outcome.EXPIRED,
          "unchanged, and the kept " + previous.list().description() + " expired at " + next);
    }
    return new Result(Outcome.UNCHANGED, previous.list().description());
  }

  private static boolean older(
      TrustedListReader.TrustedList candidate, TrustedListReader.TrustedList kept) {
    return candidate.sequenceNumber().isPresent()
        && kept.sequenceNumber().isPresent()
        && candidate.sequenceNumber().get() < kept.sequenceNumber().get();
  }

  /** The list kept, if one ever verified. */
  public Optional<TrustedListReader.TrustedList> current() {
    return Optional.ofNullable(kept.get()).map(Kept::list);
  }

  /**
   * The CNS issuers of the list kept, as anchors; empty while none ever verified.
   *
   * @throws TrustedListException EXPIRED when the kept list's NextUpdate has passed: a list its
   *     publisher no longer stands behind is not trusted, even if nothing newer could be fetched
   */
  public Optional<TrustAnchors> anchors(TrustAnchorLoader loader) {
    Optional<TrustedListReader.TrustedList> list = current();
    if (list.isPresent() && list.get().nextUpdate().isBefore(clock.instant())) {
      throw new TrustedListException(
          TrustedListException.Reason.EXPIRED,
          "the "
              + list.get().description()
              + " from "
              + url
              + " expired at "
              + list.get().nextUpdate());
    }
    return list.map(loader::anchorsOf);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
