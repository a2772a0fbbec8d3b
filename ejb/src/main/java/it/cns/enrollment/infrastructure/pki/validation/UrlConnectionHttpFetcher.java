package it.cns.enrollment.infrastructure.pki.validation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link HttpFetcher} over the JDK's {@link HttpURLConnection}: http and https only, connect and
 * read timeouts plus a deadline for the whole exchange (a server trickling one byte per read
 * timeout must not hold a login for minutes), a size limit, and at most {@value #MAX_REDIRECTS}
 * redirects, each again to http or https only (never file:, ftp: or jar:).
 */
public final class UrlConnectionHttpFetcher implements HttpFetcher {

  static final int MAX_REDIRECTS = 3;

  private final Duration connectTimeout;
  private final Duration readTimeout;

  public UrlConnectionHttpFetcher(Duration connectTimeout, Duration readTimeout) {
    this.connectTimeout = Objects.requireNonNull(connectTimeout, "connect timeout is required");
    this.readTimeout = Objects.requireNonNull(readTimeout, "read timeout is required");
  }

  /** With the policy's timeouts. */
  public static UrlConnectionHttpFetcher of(ValidationPolicy policy) {
    return new UrlConnectionHttpFetcher(policy.connectTimeout(), policy.readTimeout());
  }

  @Override
  public byte[] get(URI uri, long maxBytes) throws IOException {
    return exchange(uri, null, null, maxBytes, Validators.NONE).body();
  }

  /**
   * What a server said identifies the version of a resource it sent ({@code ETag}, {@code
   * Last-Modified}), to ask next time only for a newer one.
   */
  public record Validators(Optional<String> etag, Optional<String> lastModified) {
    public static final Validators NONE = new Validators(Optional.empty(), Optional.empty());

    public Validators {
      Objects.requireNonNull(etag, "etag is required (may be empty)");
      Objects.requireNonNull(lastModified, "lastModified is required (may be empty)");
    }

    /** Whether a conditional request can be made with these. */
    public boolean any() {
      return etag.isPresent() || lastModified.isPresent();
    }
  }

  /**
   * A conditional GET's answer.
   *
   * @param modified false when the server answered 304 Not Modified (then {@code body} is empty)
   * @param body what was sent
   * @param validators the answer's {@code ETag} and {@code Last-Modified}
   */
  public record Download(boolean modified, byte[] body, Validators validators) {
    public Download {
      Objects.requireNonNull(body, "body is required");
      Objects.requireNonNull(validators, "validators are required");
    }
  }

  /**
   * GET with {@code If-None-Match} / {@code If-Modified-Since} from {@code previous}: a 304 answer
   * is not an error but {@code modified = false}.
   */
  public Download getIfModified(URI uri, long maxBytes, Validators previous) throws IOException {
    return exchange(
        uri, null, null, maxBytes, Objects.requireNonNull(previous, "validators are required"));
  }

  @Override
  public byte[] post(URI uri, String contentType, byte[] body, long maxBytes) throws IOException {
    Objects.requireNonNull(contentType, "content type is required");
    Objects.requireNonNull(body, "body is required");
    return exchange(uri, contentType, body, maxBytes, Validators.NONE).body();
  }

  private Download exchange(
      URI uri, String contentType, byte[] body, long maxBytes, Validators previous)
      throws IOException {
    long deadline = System.nanoTime() + connectTimeout.plus(readTimeout).toNanos();
    URI current = checkedScheme(uri);
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      HttpURLConnection connection = open(current.toURL());
      try {
        previous.etag().ifPresent(v -> connection.setRequestProperty("If-None-Match", v));
        previous
            .lastModified()
            .ifPresent(v -> connection.setRequestProperty("If-Modified-Since", v));
        if (body != null) {
          connection.setRequestMethod("POST");
          connection.setDoOutput(true);
          connection.setRequestProperty("Content-Type", contentType);
          connection.setFixedLengthStreamingMode(body.length);
          try (OutputStream out = connection.getOutputStream()) {
            out.write(body);
          }
        }
        int status = connection.getResponseCode();
        if (status == HttpURLConnection.HTTP_NOT_MODIFIED && previous.any()) {
          return new Download(false, new byte[0], previous);
        }
        if (status >= 300 && status < 400 && connection.getHeaderField("Location") != null) {
          current = checkedScheme(current.resolve(connection.getHeaderField("Location")));
          continue;
        }
        if (status < 200 || status >= 300) {
          throw new IOException("HTTP " + status + " from " + current);
        }
        long declared = connection.getContentLengthLong();
        if (declared > maxBytes) {
          throw new IOException("response of " + declared + " bytes exceeds " + maxBytes);
        }
        Validators validators =
            new Validators(
                Optional.ofNullable(connection.getHeaderField("ETag")),
                Optional.ofNullable(connection.getHeaderField("Last-Modified")));
        try (InputStream in = connection.getInputStream()) {
          return new Download(true, readBounded(in, maxBytes, deadline, current), validators);
        }
      } finally {
        connection.disconnect();
      }
    }
    throw new IOException("more than " + MAX_REDIRECTS + " redirects from " + uri);
  }

  /** A connection with this fetcher's timeouts, following no redirect by itself, uncached. */
  HttpURLConnection open(URL url) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) url.openConnection();
    connection.setConnectTimeout(millis(connectTimeout));
    connection.setReadTimeout(millis(readTimeout));
    connection.setInstanceFollowRedirects(false); // followed by hand, scheme-checked
    connection.setUseCaches(false);
    return connection;
  }

  private static byte[] readBounded(InputStream in, long maxBytes, long deadline, URI from)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) >= 0) {
      total += n;
      if (total > maxBytes) {
        throw new IOException("response from " + from + " exceeds " + maxBytes + " bytes");
      }
      if (System.nanoTime() > deadline) {
        throw new SocketTimeoutException("exchange with " + from + " exceeded its deadline");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static URI checkedScheme(URI uri) throws IOException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IOException("only http and https are fetched, not " + uri);
    }
    return uri;
  }

  /** In milliseconds for {@link HttpURLConnection}, where 0 would mean "wait for ever". */
  static int millis(Duration d) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
  }
}
