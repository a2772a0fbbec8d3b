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
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
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
  void neverBelievesACrlInTheCasNameSignedWithAnotherKey() throws Exception {
    // The name matches, so only the signature can tell the forgery: CRLs travel over plain HTTP.
    X509v2CRLBuilder forged =
        new JcaX509v2CRLBuilder(
            CA.certificate().getSubjectX500Principal(), Date.from(start.minusSeconds(60)));
    forged.setNextUpdate(Date.from(start.plus(Duration.ofHours(1))));
    server.publish(
        "ca.crl",
        forged
            .build(new JcaContentSignerBuilder("SHA256withRSA").build(FOREIGN.privateKey()))
            .getEncoded());

    assertThatThrownBy(() -> cache.get(url, CA.certificate()))
        .isInstanceOf(CRLException.class)
        .hasMessageContaining("does not verify");
    assertThat(cache.size()).isZero();
  }

  @Test
  void countsWhatItHoldsAndForgetsItAllWhenCleared() throws Exception {
    X509CRL published = publish(Duration.ofHours(1));

    assertThat(cache.get(url, CA.certificate())).isEqualTo(published);
    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.peek(url, CA.certificate())).contains(published);

    cache.clear();

    assertThat(cache.size()).isZero();
    assertThat(cache.peek(url, CA.certificate())).isEmpty();
    assertThat(cache.get(url, CA.certificate())).isEqualTo(published);
    assertThat(server.requestCount("ca.crl")).isEqualTo(2);
  }

  /**
   * A fetcher whose first download waits until released, then fails as told; a second caller
   * arriving meanwhile waits for that download instead of starting its own.
   */
  private static final class FailingOnceReleased implements HttpFetcher {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger calls = new AtomicInteger();
    final Exception failure;

    /** Served at once by the first call, when set: the CRL to have before a refresh fails. */
    byte[] firstAnswer;

    FailingOnceReleased(Exception failure) {
      this.failure = failure;
    }

    @Override
    public byte[] get(URI uri, long maxBytes) throws IOException {
      if (firstAnswer != null) {
        byte[] answer = firstAnswer;
        firstAnswer = null;
        return answer;
      }
      calls.incrementAndGet();
      entered.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (failure instanceof IOException io) {
        throw io;
      }
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      return new byte[] {1, 2, 3}; // not a CRL
    }

    @Override
    public byte[] post(URI uri, String contentType, byte[] body, long maxBytes) {
      throw new UnsupportedOperationException();
    }
  }

  /** What the caller that waited for another's failed download gets, or the CRL it returned. */
  private Object secondCallerOf(CrlCache shared, FailingOnceReleased fetcher) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> first = pool.submit(() -> shared.get(url, CA.certificate()));
      fetcher.entered.await();
      Thread[] waiter = new Thread[1];
      Future<Object> second =
          pool.submit(
              () -> {
                waiter[0] = Thread.currentThread();
                try {
                  return shared.get(url, CA.certificate());
                } catch (Exception e) {
                  return e;
                }
              });
      // Released once the second caller waits on the download in progress (not a timing: the
      // outcome is the same if it arrives later, it then downloads by itself).
      while (waiter[0] == null || waiter[0].getState() != Thread.State.WAITING) {
        Thread.onSpinWait();
      }
      fetcher.release.countDown();
      try {
        first.get();
      } catch (ExecutionException expected) {
        // the first caller's own failure
      }
      return second.get();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aCallerWaitingForAFailedDownloadGetsItsFailureOfTheSameKind() throws Exception {
    FailingOnceReleased down = new FailingOnceReleased(new IOException("server down"));
    FailingOnceReleased garbage = new FailingOnceReleased(null);
    FailingOnceReleased bug = new FailingOnceReleased(new IllegalStateException("surprise"));

    Object afterDown = secondCallerOf(new CrlCache(down, clock, 1_000), down);
    Object afterGarbage = secondCallerOf(new CrlCache(garbage, clock, 1_000), garbage);
    Object afterBug = secondCallerOf(new CrlCache(bug, clock, 1_000), bug);

    assertThat(afterDown).isInstanceOf(IOException.class);
    assertThat((Throwable) afterDown).hasMessageContaining("server down");
    assertThat(afterGarbage).isInstanceOf(CRLException.class);
    assertThat(afterBug).isInstanceOf(IOException.class);
    assertThat((Throwable) afterBug).hasMessageContaining("surprise");
  }

  @Test
  void aCallerWaitingForAFailedRefreshGetsTheCrlItHad() throws Exception {
    X509CRL kept = CA.crl(start.minus(Duration.ofMinutes(1)), start.plus(Duration.ofMinutes(5)));
    FailingOnceReleased refresh = new FailingOnceReleased(new IOException("server down"));
    refresh.firstAnswer = kept.getEncoded();
    CrlCache shared = new CrlCache(refresh, clock, 100_000);
    shared.get(url, CA.certificate());
    clock.advance(Duration.ofMinutes(10)); // due for a refresh

    assertThat(secondCallerOf(shared, refresh)).isEqualTo(kept);
    assertThat(refresh.calls).hasValue(1);
  }

  @Test
  void fetchesOnlyHttpAndHttps() {
    assertThatThrownBy(() -> cache.get(URI.create("file:///etc/passwd"), CA.certificate()))
        .isInstanceOf(IOException.class);
  }
}
