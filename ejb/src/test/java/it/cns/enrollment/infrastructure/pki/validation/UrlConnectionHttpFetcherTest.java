package it.cns.enrollment.infrastructure.pki.validation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import it.cns.enrollment.infrastructure.pki.validation.UrlConnectionHttpFetcher.Download;
import it.cns.enrollment.infrastructure.pki.validation.UrlConnectionHttpFetcher.Validators;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fetcher behind every CRL, OCSP request and trusted-list download, against a local HTTP
 * server: where it refuses to go (schemes other than http/https, also behind a redirect; endless
 * redirects), how much it takes (the limit, declared or not), and what a conditional GET or a POST
 * sends and makes of the answer. The addresses come from certificates and lists: a CA's or an
 * attacker's text, so these limits are the boundary.
 */
class UrlConnectionHttpFetcherTest {

  private static final long LIMIT = 1_000;

  private final UrlConnectionHttpFetcher fetcher =
      new UrlConnectionHttpFetcher(Duration.ofSeconds(5), Duration.ofSeconds(5));
  private final List<String> seen = new CopyOnWriteArrayList<>();
  private HttpServer server;

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/ok", e -> answer(e, 200, "the body".getBytes(UTF_8), true));
    server.createContext("/big", e -> answer(e, 200, new byte[(int) LIMIT + 1], true));
    server.createContext("/big-chunked", e -> answer(e, 200, new byte[(int) LIMIT * 20], false));
    server.createContext("/exact", e -> answer(e, 200, new byte[(int) LIMIT], false));
    server.createContext("/exact-declared", e -> answer(e, 200, new byte[(int) LIMIT], true));
    server.createContext("/missing", e -> answer(e, 404, new byte[0], true));
    // An error and a 300 that carry a Location: neither is a redirect to follow.
    server.createContext(
        "/bad-with-location",
        e -> {
          e.getResponseHeaders().add("Location", "/ok");
          answer(e, 400, new byte[0], true);
        });
    server.createContext("/choices", e -> answer(e, 300, "pick one".getBytes(UTF_8), true));
    server.createContext("/to-file", e -> redirect(e, "file:///etc/passwd"));
    server.createContext("/to-ok", e -> redirect(e, "/ok"));
    // /hop/N redirects to /hop/N-1 until /hop/0, which is /ok.
    server.createContext(
        "/hop/",
        e -> {
          int n = Integer.parseInt(e.getRequestURI().getPath().substring("/hop/".length()));
          redirect(e, n == 0 ? "/ok" : "/hop/" + (n - 1));
        });
    server.createContext(
        "/versioned",
        e -> {
          String asked = e.getRequestHeaders().getFirst("If-None-Match");
          String since = e.getRequestHeaders().getFirst("If-Modified-Since");
          seen.add("If-None-Match=" + asked + " If-Modified-Since=" + since);
          if ("\"v1\"".equals(asked)) {
            answer(e, 304, new byte[0], true);
          } else {
            e.getResponseHeaders().add("ETag", "\"v1\"");
            e.getResponseHeaders().add("Last-Modified", "Thu, 03 Dec 2026 12:00:00 GMT");
            answer(e, 200, "version 1".getBytes(UTF_8), true);
          }
        });
    server.createContext(
        "/echo",
        e -> {
          byte[] body = e.getRequestBody().readAllBytes();
          seen.add(
              e.getRequestMethod()
                  + " "
                  + e.getRequestHeaders().getFirst("Content-Type")
                  + " "
                  + new String(body, UTF_8));
          answer(e, 200, "answer".getBytes(UTF_8), true);
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private static void answer(HttpExchange e, int status, byte[] body, boolean declareLength)
      throws IOException {
    long length = status == 304 || body.length == 0 ? -1 : declareLength ? body.length : 0;
    e.sendResponseHeaders(status, length);
    if (length >= 0) {
      try (OutputStream out = e.getResponseBody()) {
        out.write(body);
      }
    }
    e.close();
  }

  private static void redirect(HttpExchange e, String location) throws IOException {
    e.getResponseHeaders().add("Location", location);
    e.sendResponseHeaders(302, -1);
    e.close();
  }

  @Test
  void getsABodyWithinTheLimitAndUpToItExactly() throws Exception {
    assertThat(fetcher.get(url("/ok"), LIMIT)).isEqualTo("the body".getBytes(UTF_8));
    assertThat(fetcher.get(url("/exact"), LIMIT)).hasSize((int) LIMIT);
    assertThat(fetcher.get(url("/exact-declared"), LIMIT)).hasSize((int) LIMIT);
  }

  @Test
  void refusesABodyOverTheLimitWhetherItsLengthIsDeclaredOrNot() {
    assertThatThrownBy(() -> fetcher.get(url("/big"), LIMIT))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("exceeds " + LIMIT);
    assertThatThrownBy(() -> fetcher.get(url("/big-chunked"), LIMIT))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("exceeds " + LIMIT);
  }

  @Test
  void anAnswerOtherThan2xxIsAnError() {
    assertThatThrownBy(() -> fetcher.get(url("/missing"), LIMIT))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("HTTP 404");
  }

  @Test
  void anErrorWithALocationIsNotFollowedNorA300WithoutOne() {
    assertThatThrownBy(() -> fetcher.get(url("/bad-with-location"), LIMIT))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("HTTP 400");
    assertThatThrownBy(() -> fetcher.get(url("/choices"), LIMIT))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("HTTP 300");
  }

  @Test
  void everyConnectionHasTheConfiguredTimeoutsAndFollowsNoRedirectByItself() throws Exception {
    // The connection is only configured here, never opened: no timing is involved.
    var connection =
        new UrlConnectionHttpFetcher(Duration.ofSeconds(3), Duration.ofSeconds(7))
            .open(url("/ok").toURL());
    var fromPolicy =
        UrlConnectionHttpFetcher.of(
                ValidationPolicy.builder()
                    .connectTimeout(Duration.ofMillis(1500))
                    .readTimeout(Duration.ofMillis(2500))
                    .build())
            .open(url("/ok").toURL());

    assertThat(connection.getConnectTimeout()).isEqualTo(3_000);
    assertThat(connection.getReadTimeout()).isEqualTo(7_000);
    assertThat(connection.getInstanceFollowRedirects()).isFalse();
    assertThat(connection.getUseCaches()).isFalse();
    assertThat(fromPolicy.getConnectTimeout()).isEqualTo(1_500);
    assertThat(fromPolicy.getReadTimeout()).isEqualTo(2_500);
  }

  @Test
  void aTimeoutIsNeverZeroWhichWouldMeanWaitingForEver() {
    assertThat(UrlConnectionHttpFetcher.millis(Duration.ZERO)).isEqualTo(1);
    assertThat(UrlConnectionHttpFetcher.millis(Duration.ofNanos(1))).isEqualTo(1);
    assertThat(UrlConnectionHttpFetcher.millis(Duration.ofMillis(2))).isEqualTo(2);
    assertThat(UrlConnectionHttpFetcher.millis(Duration.ofDays(365))).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void fetchesOnlyHttpAndHttpsAlsoBehindARedirect() {
    assertThatThrownBy(() -> fetcher.get(URI.create("file:///etc/passwd"), LIMIT))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("only http and https");
    assertThatThrownBy(() -> fetcher.get(URI.create("ftp://127.0.0.1/a.crl"), LIMIT))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("only http and https");
    assertThatThrownBy(() -> fetcher.get(url("/to-file"), LIMIT))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("only http and https");
  }

  @Test
  void followsUpToThreeRedirectsAndNoMore() throws Exception {
    assertThat(fetcher.get(url("/to-ok"), LIMIT)).isEqualTo("the body".getBytes(UTF_8));
    // /hop/2 -> /hop/1 -> /hop/0 -> /ok: three redirects.
    assertThat(fetcher.get(url("/hop/2"), LIMIT)).isEqualTo("the body".getBytes(UTF_8));
    assertThatThrownBy(() -> fetcher.get(url("/hop/3"), LIMIT))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("more than " + UrlConnectionHttpFetcher.MAX_REDIRECTS + " redirects");
  }

  @Test
  void aConditionalGetSendsTheValidatorsAndTakesA304AsUnchanged() throws Exception {
    Download first = fetcher.getIfModified(url("/versioned"), LIMIT, Validators.NONE);
    assertThat(first.modified()).isTrue();
    assertThat(first.body()).isEqualTo("version 1".getBytes(UTF_8));
    assertThat(first.validators().etag()).contains("\"v1\"");
    assertThat(first.validators().lastModified()).contains("Thu, 03 Dec 2026 12:00:00 GMT");

    Download second = fetcher.getIfModified(url("/versioned"), LIMIT, first.validators());
    assertThat(second.modified()).isFalse();
    assertThat(second.body()).isEmpty();
    assertThat(second.validators()).isEqualTo(first.validators());
    assertThat(seen)
        .containsExactly(
            "If-None-Match=null If-Modified-Since=null",
            "If-None-Match=\"v1\" If-Modified-Since=Thu, 03 Dec 2026 12:00:00 GMT");
  }

  @Test
  void a304WithoutValidatorsSentIsAnError() {
    // Only a conditional request may be answered "not modified": otherwise nothing was received.
    Validators lastModifiedOnly =
        new Validators(Optional.empty(), Optional.of("Thu, 03 Dec 2026 12:00:00 GMT"));
    assertThat(lastModifiedOnly.any()).isTrue();
    assertThat(Validators.NONE.any()).isFalse();
    server.createContext("/always-304", e -> answer(e, 304, new byte[0], true));

    assertThatThrownBy(() -> fetcher.get(url("/always-304"), LIMIT))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("HTTP 304");
  }

  @Test
  void postsTheBodyWithItsContentType() throws Exception {
    byte[] answer =
        fetcher.post(
            url("/echo"), "application/ocsp-request", "the request".getBytes(UTF_8), LIMIT);

    assertThat(answer).isEqualTo("answer".getBytes(UTF_8));
    assertThat(seen).containsExactly("POST application/ocsp-request the request");
  }
}
