package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a client can do to a connection before any application code runs: TLS 1.2 only with ECDHE
 * and AEAD suites (30-tls.cli), client-initiated renegotiation refused, and slow or silent
 * connections closed by the server (40-listeners.cli). The cipher checks use openssl, a client that
 * still offers the old suites (a recent JDK client no longer would, and the check would prove
 * nothing).
 */
class ConnectionHardeningIT extends DeployedApplication {

  /**
   * The server's read timeout (CNS_HTTP_READ_TIMEOUT_MS, default 30 s): a client waits three times
   * as long before it concludes the server did not close.
   */
  private static final Duration GIVE_UP = Duration.ofSeconds(90);

  enum Port {
    PUBLIC,
    SMARTCARD,
    PARTNER,
    HTTP;

    int number() {
      return switch (this) {
        case PUBLIC -> ItEnvironment.publicPort();
        case SMARTCARD -> ItEnvironment.smartcardPort();
        case PARTNER -> ItEnvironment.partnerPort();
        case HTTP -> ItEnvironment.httpPort();
      };
    }

    KeyStore credential() {
      return switch (this) {
        case SMARTCARD -> TestPki.keyStore(TestPki.card(TestPeople.newCodiceFiscale()));
        case PARTNER -> TestPki.demoPartner();
        default -> null;
      };
    }
  }

  @TempDir static Path files;

  @ParameterizedTest(name = "{0} refuses {1}")
  @CsvSource({
    "PUBLIC, AES128-SHA",
    "PUBLIC, AES256-GCM-SHA384",
    "PUBLIC, ECDHE-RSA-AES128-SHA",
    "PUBLIC, ECDHE-RSA-AES256-SHA384",
    "PUBLIC, DHE-RSA-AES128-GCM-SHA256",
    "SMARTCARD, AES128-SHA",
    "SMARTCARD, AES256-GCM-SHA384",
    "SMARTCARD, ECDHE-RSA-AES128-SHA",
    "SMARTCARD, ECDHE-RSA-AES256-SHA384",
    "SMARTCARD, DHE-RSA-AES128-GCM-SHA256",
    "PARTNER, AES128-SHA",
    "PARTNER, AES256-GCM-SHA384",
    "PARTNER, ECDHE-RSA-AES128-SHA",
    "PARTNER, ECDHE-RSA-AES256-SHA384",
    "PARTNER, DHE-RSA-AES128-GCM-SHA256"
  })
  void tls12RefusesSuitesWithoutForwardSecrecyOrWithCbc(Port port, String suite) throws Exception {
    String out = openssl(port, suite);

    assertThat(out).contains("handshake failure").doesNotContain("Cipher    : " + suite);
  }

  @ParameterizedTest(name = "{0} accepts {1}")
  @CsvSource({
    "PUBLIC, ECDHE-RSA-AES128-GCM-SHA256",
    "PUBLIC, ECDHE-RSA-AES256-GCM-SHA384",
    "PUBLIC, ECDHE-RSA-CHACHA20-POLY1305",
    "SMARTCARD, ECDHE-RSA-AES256-GCM-SHA384",
    "PARTNER, ECDHE-RSA-AES256-GCM-SHA384"
  })
  void tls12AcceptsEcdheWithAead(Port port, String suite) throws Exception {
    assertThat(openssl(port, suite)).contains("Cipher    : " + suite);
  }

  @ParameterizedTest
  @EnumSource(
      value = Port.class,
      names = {"PUBLIC", "SMARTCARD", "PARTNER"})
  void clientInitiatedRenegotiationIsRefused(Port port) throws Exception {
    try (SSLSocket socket = tlsSocket(port, "TLSv1.2")) {
      socket.startHandshake();
      // A second handshake on an established TLS 1.2 connection is a renegotiation.
      assertThatThrownBy(
              () -> {
                socket.startHandshake();
                send(socket, "GET /index.xhtml HTTP/1.1\r\nHost: localhost\r\n\r\n");
                socket.getInputStream().read();
              })
          .isInstanceOf(IOException.class);
    }
  }

  /** A renegotiation-free TLS 1.2 connection still serves (the control for the test above). */
  @Test
  void tls12ConnectionWithoutRenegotiationServes() throws Exception {
    try (SSLSocket socket = tlsSocket(Port.PUBLIC, "TLSv1.2")) {
      send(socket, "GET /index.xhtml HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
      String head = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
      assertThat(head).isEqualTo("HTTP/1.1 200");
    }
  }

  /**
   * Connections that never start TLS, that stop half-way through a ClientHello, or that trickle
   * their request head a byte a second are all closed by the server, on every listener, well before
   * the client would give up. (Run together: the whole test lasts one read timeout.)
   */
  @Test
  void slowAndSilentConnectionsAreClosedByTheServer() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<String>> outcomes = new ArrayList<>();
      for (Port port : Port.values()) {
        outcomes.add(pool.submit(() -> silent(port)));
        if (port != Port.HTTP) {
          outcomes.add(pool.submit(() -> halfClientHello(port)));
          outcomes.add(pool.submit(() -> trickledHead(port)));
        }
      }
      for (Future<String> outcome : outcomes) {
        assertThat(outcome.get(GIVE_UP.toSeconds() + 30, TimeUnit.SECONDS))
            .startsWith("closed by the server");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String silent(Port port) throws IOException {
    try (Socket socket = plainSocket(port)) {
      return awaitClose(port + " silent", socket.getInputStream());
    }
  }

  private static String halfClientHello(Port port) throws IOException {
    try (Socket socket = plainSocket(port)) {
      // A TLS record header announcing a handshake message that never comes.
      socket.getOutputStream().write(new byte[] {0x16, 0x03, 0x01, 0x02, 0x00, 0x01});
      socket.getOutputStream().flush();
      return awaitClose(port + " half ClientHello", socket.getInputStream());
    }
  }

  private static String trickledHead(Port port) throws Exception {
    try (SSLSocket socket = tlsSocket(port, "TLSv1.3")) {
      socket.startHandshake();
      send(socket, "GET /index.xhtml HTTP/1.1\r\nHost: localhost\r\nX-Slow: ");
      long deadline = System.nanoTime() + GIVE_UP.toNanos();
      try {
        while (System.nanoTime() < deadline) {
          send(socket, "a");
          Thread.sleep(1000);
        }
      } catch (IOException closed) {
        return "closed by the server: " + port + " trickled head";
      }
      return "still open after " + GIVE_UP + ": " + port + " trickled head";
    }
  }

  private static String awaitClose(String what, InputStream in) throws IOException {
    try {
      while (in.read() >= 0) {
        // A TLS alert or an HTTP error answer may come first; the close is what counts.
      }
      return "closed by the server: " + what;
    } catch (SocketTimeoutException e) {
      return "still open after " + GIVE_UP + ": " + what;
    } catch (IOException reset) {
      return "closed by the server: " + what + " (" + reset.getMessage() + ")";
    }
  }

  private static Socket plainSocket(Port port) throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress("localhost", port.number()), 10_000);
    socket.setSoTimeout((int) GIVE_UP.toMillis());
    return socket;
  }

  private static SSLSocket tlsSocket(Port port, String protocol) throws IOException {
    SSLSocket socket =
        (SSLSocket)
            TestPki.tls(port.credential())
                .getSocketFactory()
                .createSocket("localhost", port.number());
    socket.setSoTimeout((int) GIVE_UP.toMillis());
    socket.setEnabledProtocols(new String[] {protocol});
    return socket;
  }

  private static void send(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** openssl s_client's report of a TLS 1.2 handshake offering only {@code suite}. */
  private static String openssl(Port port, String suite) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                "openssl",
                "s_client",
                "-connect",
                "localhost:" + port.number(),
                "-tls1_2",
                "-cipher",
                suite));
    KeyStore credential = port.credential();
    if (credential != null) {
      Path[] pem = pem(credential, port.name());
      command.addAll(List.of("-cert", pem[0].toString(), "-key", pem[1].toString()));
    }
    Process openssl = new ProcessBuilder(command).redirectErrorStream(true).start();
    openssl.getOutputStream().close();
    String out = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(openssl.waitFor(30, TimeUnit.SECONDS)).as("openssl finished").isTrue();
    return out;
  }

  /** The key store's certificate and key as PEM files for openssl. */
  private static Path[] pem(KeyStore keyStore, String name) throws Exception {
    String alias =
        java.util.Collections.list(keyStore.aliases()).stream()
            .filter(
                a -> {
                  try {
                    return keyStore.isKeyEntry(a);
                  } catch (java.security.KeyStoreException e) {
                    throw new IllegalStateException(e);
                  }
                })
            .findFirst()
            .orElseThrow();
    Certificate certificate = keyStore.getCertificate(alias);
    Key key = keyStore.getKey(alias, ItEnvironment.pkiPassword());
    Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
    Path cert = files.resolve(name + ".crt.pem");
    Path keyFile = files.resolve(name + ".key.pem");
    Files.writeString(
        cert,
        "-----BEGIN CERTIFICATE-----\n"
            + base64.encodeToString(certificate.getEncoded())
            + "\n-----END CERTIFICATE-----\n");
    Files.writeString(
        keyFile,
        "-----BEGIN PRIVATE KEY-----\n"
            + base64.encodeToString(key.getEncoded())
            + "\n-----END PRIVATE KEY-----\n");
    return new Path[] {cert, keyFile};
  }
}
