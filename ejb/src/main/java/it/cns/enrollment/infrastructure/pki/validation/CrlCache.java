package it.cns.enrollment.infrastructure.pki.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.security.PublicKey;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CRLs by distribution point URL, each kept until its nextUpdate.
 *
 * <p>Only a CRL whose signature verifies with the issuing CA's key is stored, so a forged or
 * corrupt download (CRLs travel over plain HTTP) cannot poison the cache. One download at a time
 * per URL: concurrent validations needing the same CRL wait for the download in progress instead of
 * each hitting the CA's server. A CRL already past its nextUpdate when fetched is re-fetched at
 * most every {@code staleRetry}. When a refresh fails the previous CRL is handed out, and the
 * caller judges it by its nextUpdate (see {@link ValidationPolicy#staleCrlGrace()}).
 */
public final class CrlCache {

  /** How often a CRL that is already stale is fetched again; also used without nextUpdate. */
  static final Duration DEFAULT_STALE_RETRY = Duration.ofSeconds(30);

  private final HttpFetcher fetcher;
  private final Clock clock;
  private final long maxBytes;
  private final Duration staleRetry;
  private final RevocationObserver observer;
  private final Map<URI, Entry> entries = new ConcurrentHashMap<>();
  private final Map<URI, CompletableFuture<Entry>> inFlight = new ConcurrentHashMap<>();

  private record Entry(X509CRL crl, Instant refreshAfter, Set<PublicKey> verifiedWith) {}

  public CrlCache(HttpFetcher fetcher, Clock clock, long maxBytes) {
    this(fetcher, clock, maxBytes, DEFAULT_STALE_RETRY, RevocationObserver.NONE);
  }

  CrlCache(HttpFetcher fetcher, Clock clock, long maxBytes, RevocationObserver observer) {
    this(fetcher, clock, maxBytes, DEFAULT_STALE_RETRY, observer);
  }

  CrlCache(HttpFetcher fetcher, Clock clock, long maxBytes, Duration staleRetry) {
    this(fetcher, clock, maxBytes, staleRetry, RevocationObserver.NONE);
  }

  CrlCache(
      HttpFetcher fetcher,
      Clock clock,
      long maxBytes,
      Duration staleRetry,
      RevocationObserver observer) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher is required");
    this.clock = Objects.requireNonNull(clock, "clock is required");
    this.maxBytes = maxBytes;
    this.staleRetry = Objects.requireNonNull(staleRetry, "stale retry is required");
    this.observer = Objects.requireNonNull(observer, "observer is required");
  }

  /**
   * The CRL at {@code url}, signed by {@code issuer}: from the cache while fresh, else downloaded.
   *
   * @throws IOException when it cannot be downloaded and nothing usable is cached
   * @throws CRLException when what was downloaded is not a CRL signed by {@code issuer}
   */
  public X509CRL get(URI url, X509Certificate issuer) throws IOException, CRLException {
    Objects.requireNonNull(url, "url is required");
    Objects.requireNonNull(issuer, "issuer is required");
    Entry cached = entries.get(url);
    if (cached != null && clock.instant().isBefore(cached.refreshAfter())) {
      return verified(cached, issuer);
    }
    CompletableFuture<Entry> mine = new CompletableFuture<>();
    CompletableFuture<Entry> running = inFlight.putIfAbsent(url, mine);
    if (running != null) {
      return awaitOther(running, cached, issuer);
    }
    try {
      Entry latest = entries.get(url);
      if (latest != null && latest != cached && clock.instant().isBefore(latest.refreshAfter())) {
        mine.complete(latest); // someone refreshed it between our two looks
        return verified(latest, issuer);
      }
      Entry fresh = download(url, issuer);
      entries.put(url, fresh);
      observer.crlStored(
          fresh.crl().getIssuerX500Principal(), fresh.crl().getThisUpdate().toInstant());
      mine.complete(fresh);
      return fresh.crl();
    } catch (IOException | CRLException | RuntimeException e) {
      mine.completeExceptionally(e);
      if (cached != null) {
        // Keep serving the old CRL (judged by its nextUpdate), retrying only every staleRetry.
        Entry kept =
            new Entry(cached.crl(), clock.instant().plus(staleRetry), cached.verifiedWith());
        entries.put(url, kept);
        return verified(kept, issuer);
      }
      throw e;
    } finally {
      inFlight.remove(url, mine);
    }
  }

  /**
   * The CRL at {@code url} signed by {@code issuer} if one is cached and not due for a refresh;
   * never downloads. A cached CRL that does not verify with {@code issuer} is not offered.
   */
  public Optional<X509CRL> peek(URI url, X509Certificate issuer) {
    Entry cached = entries.get(url);
    if (cached == null || !clock.instant().isBefore(cached.refreshAfter())) {
      return Optional.empty();
    }
    try {
      return Optional.of(verified(cached, issuer));
    } catch (CRLException e) {
      return Optional.empty();
    }
  }

  /** How many URLs have a CRL cached. */
  public int size() {
    return entries.size();
  }

  public void clear() {
    entries.clear();
  }

  private X509CRL awaitOther(CompletableFuture<Entry> running, Entry cached, X509Certificate issuer)
      throws IOException, CRLException {
    try {
      return verified(running.join(), issuer);
    } catch (CompletionException e) {
      if (cached != null) {
        return verified(cached, issuer);
      }
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof CRLException crl) {
        throw crl;
      }
      throw new IOException("CRL download failed: " + cause, cause);
    }
  }

  private Entry download(URI url, X509Certificate issuer) throws IOException, CRLException {
    byte[] der = fetcher.get(url, maxBytes);
    X509CRL crl;
    try {
      crl =
          (X509CRL)
              CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
    } catch (CertificateException e) {
      throw new CRLException("no X.509 factory", e);
    } catch (RuntimeException e) {
      throw new CRLException("not a CRL: " + e, e);
    }
    if (crl == null) {
      throw new CRLException("empty CRL download from " + url);
    }
    Entry entry = new Entry(crl, refreshAfter(crl), ConcurrentHashMap.newKeySet());
    verified(entry, issuer); // before caching: never store what the CA did not sign
    return entry;
  }

  private Instant refreshAfter(X509CRL crl) {
    Instant now = clock.instant();
    Instant next = crl.getNextUpdate() == null ? null : crl.getNextUpdate().toInstant();
    return next != null && next.isAfter(now) ? next : now.plus(staleRetry);
  }

  /** Verifies once per issuer key: verifying a large CRL on every validation would be costly. */
  private static X509CRL verified(Entry entry, X509Certificate issuer) throws CRLException {
    PublicKey key = issuer.getPublicKey();
    if (entry.verifiedWith().contains(key)) {
      return entry.crl();
    }
    if (!entry.crl().getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
      throw new CRLException(
          "CRL issued by " + entry.crl().getIssuerX500Principal().getName() + ", not by the CA");
    }
    try {
      entry.crl().verify(key);
    } catch (Exception e) {
      throw new CRLException("CRL signature does not verify with the CA's key: " + e, e);
    }
    entry.verifiedWith().add(key);
    return entry.crl();
  }
}
