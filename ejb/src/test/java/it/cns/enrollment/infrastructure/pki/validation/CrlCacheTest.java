package it.cns.enrollment.infrastructure.pki.validation;

import static it.cns.enrollment.infrastructure.pki.validation.TestPki.CA;
import static it.cns.enrollment.infrastructure.pki.validation.TestPki.FOREIGN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.devpki.CrlServer;
import it.cns.enrollment.testing.MovableClock;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CrlCacheTest {

  private final Instant start = Instant.now();
  private final MovableClock clock = new MovableClock(start);
  private CrlServer server;
  private URI url;
  private CrlCache cache;

  @BeforeEach
  void startServer() {
    server = CrlServer.start();
    url = URI.create(server.url("ca.crl"));
    cache =
        new CrlCache(UrlConnectionHttpFetcher.of(TestPki.fastPolicy()), clock, 10L * 1024 * 1024);
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private X509CRL publish(Duration validFor, BigInteger... revoked) {
    X509CRL crl = CA.crl(start.minus(Duration.ofMinutes(1)), start.plus(validFor), revoked);
    server.publish("ca.crl", crl);
    return crl;
  }

  @Test
  void keepsACrlUntilItsNextUpdateThenFetchesItAgain() throws Exception {
    publish(Duration.ofHours(1));

    cache.get(url, CA.certificate());
    clock.advance(Duration.ofMinutes(59));
    cache.get(url, CA.certificate());
    assertThat(server.requestCount("ca.crl")).isEqualTo(1);

    clock.advance(Duration.ofMinutes(2));
    cache.get(url, CA.certificate());
    assertThat(server.requestCount("ca.crl")).isEqualTo(2);
  }

  @Test
  void downloadsOnceForConcurrentRequestsOfTheSameUrl() throws Exception {
    publish(Duration.ofHours(1));
    server.setDelay(Duration.ofMillis(300));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<X509CRL>> results = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        results.add(
            pool.submit(
                () -> {
                  go.await();
                  return cache.get(url, CA.certificate());
                }));
      }
      go.countDown();
      for (Future<X509CRL> r : results) {
        assertThat(r.get()).isNotNull();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(server.requestCount("ca.crl")).isEqualTo(1);
  }

  @Test
  void keepsServingThePreviousCrlWhenARefreshFails() throws Exception {
    X509CRL first = publish(Duration.ofHours(1));
    cache.get(url, CA.certificate());
    server.setDown(true);
    clock.advance(Duration.ofHours(2));

    assertThat(cache.get(url, CA.certificate())).isEqualTo(first);
    cache.get(url, CA.certificate()); // within the stale retry interval: no new attempt
    assertThat(server.requestCount("ca.crl")).isEqualTo(2);
  }

  @Test
  void neverCachesACrlTheCaDidNotSign() {
    server.publish(
        "ca.crl", FOREIGN.crl(start.minus(Duration.ofMinutes(1)), start.plus(Duration.ofHours(1))));

    assertThatThrownBy(() -> cache.get(url, CA.certificate())).isInstanceOf(CRLException.class);
    assertThat(cache.size()).isZero();
  }

  @Test
  void refusesACrlLargerThanTheLimit() {
    publish(Duration.ofHours(1));
    CrlCache small = new CrlCache(UrlConnectionHttpFetcher.of(TestPki.fastPolicy()), clock, 100);

    assertThatThrownBy(() -> small.get(url, CA.certificate())).isInstanceOf(IOException.class);
  }

  @Test
  void refusesGarbageAsACrl() {
    server.publish("ca.crl", new byte[] {1, 2, 3, 4});

    assertThatThrownBy(() -> cache.get(url, CA.certificate())).isInstanceOf(CRLException.class);
  }

  @Test
  void fetchesOnlyHttpAndHttps() {
    assertThatThrownBy(() -> cache.get(URI.create("file:///etc/passwd"), CA.certificate()))
        .isInstanceOf(IOException.class);
  }
}
