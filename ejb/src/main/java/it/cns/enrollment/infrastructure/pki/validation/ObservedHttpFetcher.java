package it.cns.enrollment.infrastructure.pki.validation;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Tells a {@link RevocationObserver} how each exchange went: GETs are CRL downloads, POSTs OCSP
 * requests (the only two uses of {@link HttpFetcher}).
 */
final class ObservedHttpFetcher implements HttpFetcher {

  private final HttpFetcher fetcher;
  private final RevocationObserver observer;

  ObservedHttpFetcher(HttpFetcher fetcher, RevocationObserver observer) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher is required");
    this.observer = Objects.requireNonNull(observer, "observer is required");
  }

  @Override
  public byte[] get(URI uri, long maxBytes) throws IOException {
    long started = System.nanoTime();
    boolean answered = false;
    try {
      byte[] body = fetcher.get(uri, maxBytes);
      answered = true;
      return body;
    } finally {
      observer.exchanged(
          RevocationSource.CRL, answered, Duration.ofNanos(System.nanoTime() - started));
    }
  }

  @Override
  public byte[] post(URI uri, String contentType, byte[] body, long maxBytes) throws IOException {
    long started = System.nanoTime();
    boolean answered = false;
    try {
      byte[] answer = fetcher.post(uri, contentType, body, maxBytes);
      answered = true;
      return answer;
    } finally {
      observer.exchanged(
          RevocationSource.OCSP, answered, Duration.ofNanos(System.nanoTime() - started));
    }
  }
}
