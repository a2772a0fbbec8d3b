package it.cns.enrollment.infrastructure.pki.validation;

import static it.cns.enrollment.infrastructure.pki.validation.TestPki.CA;
import static it.cns.enrollment.infrastructure.pki.validation.TestPki.FOREIGN;
import static it.cns.enrollment.infrastructure.pki.validation.TestPki.ROOT;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import it.cns.enrollment.devpki.CertificateAuthority;
import it.cns.enrollment.devpki.TrustedListWriter;
import it.cns.enrollment.infrastructure.pki.validation.TrustedListDownload.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The trusted list served by a local HTTP server, signed by {@link TestPki#ROOT} (standing in for
 * AgID's signer): a list that verifies is kept, and every kind of bad download leaves it in force.
 */
class TrustedListDownloadTest {

  private static final CertificateAuthority NEW_SIGNER =
      CertificateAuthority.newRoot("Nuovo firmatario della lista", "AgID Test");
  private static final List<X509Certificate> SIGNER = List.of(ROOT.certificate());

  private final AtomicReference<byte[]> served = new AtomicReference<>();
  private final AtomicInteger status = new AtomicInteger(200);
  private final AtomicInteger notModifiedAnswers = new AtomicInteger();
  private final MutableClock clock = new MutableClock(Instant.now());
  private HttpServer server;
  private TrustedListDownload download;
  private final TrustAnchorLoader loader = new TrustAnchorLoader(clock);

  /** Serves {@link #served} with an ETag (its SHA-256), and 304 to a request that names it. */
  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/TSL-IT.xml",
        exchange -> {
          byte[] body = served.get();
          String etag = "\"" + HexFormat.of().formatHex(sha256(body)) + "\"";
          if (status.get() != 200) {
            exchange.sendResponseHeaders(status.get(), -1);
          } else if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            notModifiedAnswers.incrementAndGet();
            exchange.sendResponseHeaders(304, -1);
          } else {
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          }
          exchange.close();
        });
    server.start();
    download = downloadOf(TrustedListReader.MAX_LIST_BYTES);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private TrustedListDownload downloadOf(long maxBytes) {
    URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/TSL-IT.xml");
    return new TrustedListDownload(
        url,
        new UrlConnectionHttpFetcher(Duration.ofSeconds(5), Duration.ofSeconds(5)),
        maxBytes,
        clock);
  }

  private static TrustedListWriter listOf(int sequence, X509Certificate... issuers) {
    TrustedListWriter list = TrustedListWriter.create().withSequenceNumber(sequence);
    for (X509Certificate issuer : issuers) {
      list = list.addIdVService(issuer);
    }
    return list;
  }

  private static byte[] signedByAgid(TrustedListWriter list) {
    return list.signed(ROOT.privateKey(), ROOT.certificate());
  }

  /** Keeps the list of sequence 7 naming {@link TestPki#CA}, and checks it is kept. */
  private void keepAGoodList() {
    served.set(signedByAgid(listOf(7, CA.certificate())));
    assertThat(download.refresh(SIGNER).outcome()).isEqualTo(Outcome.UPDATED);
  }

  private void assertTheGoodListIsStillInForce() {
    assertThat(download.current()).get().extracting(l -> l.description()).asString().contains("#7");
    assertThat(download.anchors(loader).orElseThrow().anchorCertificates())
        .containsExactly(CA.certificate());
  }

  @Test
  void keepsAListThatVerifiesAndThenAsksOnlyWhetherItChanged() {
    served.set(signedByAgid(listOf(7, CA.certificate())));

    TrustedListDownload.Result first = download.refresh(SIGNER);
    TrustedListDownload.Result second = download.refresh(SIGNER);

    assertThat(first.outcome()).isEqualTo(Outcome.UPDATED);
    assertThat(first.detail()).contains("IT #7").contains("1 CNS issuer certificates");
    assertThat(second.outcome()).isEqualTo(Outcome.UNCHANGED);
    assertThat(notModifiedAnswers).as("asked with If-None-Match, answered 304").hasValue(1);
    assertTheGoodListIsStillInForce();
  }

  @Test
  void hasNothingToTrustBeforeAListEverVerified() {
    served.set(signedByAgid(listOf(7, CA.certificate())));
    status.set(503);

    assertThat(download.refresh(SIGNER).outcome()).isEqualTo(Outcome.NETWORK_ERROR);
    assertThat(download.anchors(loader)).isEmpty();
  }

  @Test
  void aNewListReplacesTheIssuersOfTheOldOne() {
    keepAGoodList();
    served.set(signedByAgid(listOf(8, FOREIGN.certificate())));

    assertThat(download.refresh(SIGNER).outcome()).isEqualTo(Outcome.UPDATED);
    assertThat(download.anchors(loader).orElseThrow().anchorCertificates())
        .containsExactly(FOREIGN.certificate());
  }

  @Test
  void refusesATamperedListAndKeepsThePreviousOne() {
    keepAGoodList();
    String signed = new String(signedByAgid(listOf(8, CA.certificate())), UTF_8);
    assertThat(signed).contains("Regione Test - CA Cittadini");
    served.set(
        signed
            .replace("Regione Test - CA Cittadini", "Regione Test - CA Contraffatta")
            .getBytes(UTF_8));

    TrustedListDownload.Result result = download.refresh(SIGNER);

    assertThat(result.outcome()).isEqualTo(Outcome.BAD_SIGNATURE);
    assertTheGoodListIsStillInForce();
  }

  @Test
  void refusesAListReSignedByAStrangerAndKeepsThePreviousOne() {
    keepAGoodList();
    served.set(
        listOf(8, FOREIGN.certificate()).signed(FOREIGN.privateKey(), FOREIGN.certificate()));

    assertThat(download.refresh(SIGNER).outcome()).isEqualTo(Outcome.WRONG_SIGNER);
    assertTheGoodListIsStillInForce();
  }

  @Test
  void refusesAnUnsignedList() {
    keepAGoodList();
    served.set(listOf(8, FOREIGN.certificate()).unsigned());

    assertThat(download.refresh(SIGNER).outcome()).isEqualTo(Outcome.UNSIGNED);
    assertTheGoodListIsStillInForce();
  }

  @Test
  void refusesAListWhoseNextUpdateIsPast() {
    keepAGoodList();
    served.set(
        signedByAgid(
            listOf(8, FOREIGN.certificate()).withNextUpdate(clock.instant().minusSeconds(60))));

    assertThat(download.refresh(SIGNER).outcome()).isEqualTo(Outcome.EXPIRED);
    assertTheGoodListIsStillInForce();
  }

  @Test
  void refusesATruncatedList() {
    keepAGoodList();
    byte[] whole = signedByAgid(listOf(8, FOREIGN.certificate()));
    served.set(Arrays.copyOf(whole, whole.length / 2));

    TrustedListDownload.Result result = download.refresh(SIGNER);

    assertThat(result.outcome()).isEqualTo(Outcome.MALFORMED);
    assertThat(result.detail()).doesNotContain("\n").hasSizeLessThanOrEqualTo(303);
    assertTheGoodListIsStillInForce();
  }

  @Test
  void refusesAnOlderListServedAgain() {
    keepAGoodList();
    served.set(signedByAgid(listOf(6, FOREIGN.certificate())));

    assertThat(download.refresh(SIGNER).outcome()).isEqualTo(Outcome.ROLLBACK);
    assertTheGoodListIsStillInForce();
  }

  @Test
  void anHttpErrorOrAnUnreachableServerKeepsThePreviousList() {
    keepAGoodList();
    status.set(500);
    assertThat(download.refresh(SIGNER).outcome()).isEqualTo(Outcome.NETWORK_ERROR);

    server.stop(0);
    assertThat(download.refresh(SIGNER).outcome()).isEqualTo(Outcome.NETWORK_ERROR);
    assertTheGoodListIsStillInForce();
  }

  @Test
  void refusesAListLargerThanTheLimit() {
    download = downloadOf(1024);
    served.set(signedByAgid(listOf(7, CA.certificate())));

    TrustedListDownload.Result result = download.refresh(SIGNER);

    assertThat(result.outcome()).isEqualTo(Outcome.NETWORK_ERROR);
    assertThat(result.detail()).contains("1024");
    assertThat(download.current()).isEmpty();
  }

  @Test
  void duringASignerChangeOverAListOfEitherSignerVerifies() {
    List<X509Certificate> both = List.of(ROOT.certificate(), NEW_SIGNER.certificate());
    keepAGoodList();
    served.set(
        listOf(8, FOREIGN.certificate()).signed(NEW_SIGNER.privateKey(), NEW_SIGNER.certificate()));

    assertThat(download.refresh(SIGNER).outcome())
        .as("before the new signer is configured")
        .isEqualTo(Outcome.WRONG_SIGNER);
    assertThat(download.refresh(both).outcome()).isEqualTo(Outcome.UPDATED);
    assertThat(download.anchors(loader).orElseThrow().anchorCertificates())
        .containsExactly(FOREIGN.certificate());
  }

  @Test
  void aListKeptUnderASignerNoLongerConfiguredIsVerifiedAgain() {
    keepAGoodList();

    assertThat(download.refresh(List.of(NEW_SIGNER.certificate())).outcome())
        .as("downloaded again without If-None-Match, and refused")
        .isEqualTo(Outcome.WRONG_SIGNER);
    assertThat(notModifiedAnswers).hasValue(0);
  }

  @Test
  void noSignerNoDownload() {
    served.set(signedByAgid(listOf(7, CA.certificate())));

    assertThat(download.refresh(List.of()).outcome()).isEqualTo(Outcome.NO_SIGNER);
    assertThat(download.current()).isEmpty();
  }

  @Test
  void aKeptListThatExpiresIsNoLongerTrustedEvenIfNothingNewerComes() {
    served.set(
        signedByAgid(
            listOf(7, CA.certificate()).withNextUpdate(clock.instant().plus(Duration.ofHours(1)))));
    assertThat(download.refresh(SIGNER).outcome()).isEqualTo(Outcome.UPDATED);

    clock.advance(Duration.ofHours(2));

    assertThat(download.refresh(SIGNER).outcome()).isEqualTo(Outcome.EXPIRED);
    TrustedListException e =
        catchThrowableOfType(TrustedListException.class, () -> download.anchors(loader));
    assertThat(e).isNotNull();
    assertThat(e.reason()).isEqualTo(TrustedListException.Reason.EXPIRED);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A clock the test moves forward. */
  private static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
