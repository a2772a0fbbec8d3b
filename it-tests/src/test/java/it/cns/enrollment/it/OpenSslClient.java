package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.devpki.DevPki;
import it.cns.enrollment.devpki.IssuedCredential;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One HTTP exchange over {@code openssl s_client}: a TLS client whose offered signature schemes,
 * protocol version and session (resumption) are set per connection - which a Java 17 client can set
 * only for the whole JVM - and which states in its report what the handshake did ("Server public
 * key is 256 bit", "Peer signature type: ECDSA", "New"/"Reused").
 */
final class OpenSslClient {

  /** The signature schemes an RSA card signs its CertificateVerify with. */
  static final String RSA_SCHEMES = "rsa_pss_rsae_sha256:rsa_pss_rsae_sha384";

  static final String ECDSA_SCHEMES = "ecdsa_secp256r1_sha256";

  /** Stands for the Host header's value in the requests below, the port's authority. */
  private static final String HOST = "{host}";

  private final List<String> arguments = new ArrayList<>();
  private final Path files;
  private final int port;

  private OpenSslClient(Path files, int port) {
    this.files = files;
    this.port = port;
    arguments.addAll(
        List.of(
            "openssl",
            "s_client",
            "-connect",
            "localhost:" + port,
            "-servername",
            "localhost",
            "-CAfile",
            ItEnvironment.pkiDir().resolve(DevPki.SERVER_CA_CERT).toString(),
            "-verify_return_error",
            "-ign_eof"));
  }

  /** A client of {@code port}, writing its PEM files under {@code files}. */
  static OpenSslClient to(Path files, int port) {
    return new OpenSslClient(files, port);
  }

  OpenSslClient tls13() {
    arguments.add("-tls1_3");
    return this;
  }

  OpenSslClient tls12() {
    arguments.add("-tls1_2");
    return this;
  }

  /** Offers only these schemes for the server's signature ({@code signature_algorithms}). */
  OpenSslClient offering(String schemes) {
    arguments.addAll(List.of("-sigalgs", schemes));
    return this;
  }

  /** Presents {@code credential}, signing with an RSA scheme whatever was offered the server. */
  OpenSslClient presenting(IssuedCredential credential, String name) throws Exception {
    Path cert = files.resolve(name + ".crt.pem");
    Path key = files.resolve(name + ".key.pem");
    Files.writeString(cert, credential.certificatePem());
    Files.writeString(key, credential.privateKeyPem());
    return presenting(cert, key);
  }

  /** As above, from PEM files (the dev PKI writes the demo partner's). */
  OpenSslClient presenting(Path certificatePem, Path keyPem) {
    arguments.addAll(
        List.of(
            "-cert",
            certificatePem.toString(),
            "-key",
            keyPem.toString(),
            "-client_sigalgs",
            RSA_SCHEMES));
    return this;
  }

  /** The demo partner's certificate, which the test database knows. */
  OpenSslClient presentingThePartner() {
    Path pki = ItEnvironment.pkiDir();
    return presenting(
        pki.resolve(DevPki.DEMO_PARTNER + ".crt.pem"),
        pki.resolve(DevPki.DEMO_PARTNER + ".key.pem"));
  }

  /** Saves the session (tickets included) to {@code file} for {@link #resuming}. */
  OpenSslClient savingSession(Path file) {
    arguments.addAll(List.of("-sess_out", file.toString()));
    return this;
  }

  /** Offers to resume the session saved in {@code file}. */
  OpenSslClient resuming(Path file) {
    arguments.addAll(List.of("-sess_in", file.toString()));
    return this;
  }

  /** Sends {@code request} (which must ask the server to close) and returns openssl's report. */
  String exchange(String request) throws Exception {
    Process openssl = new ProcessBuilder(arguments).redirectErrorStream(true).start();
    try (OutputStream in = openssl.getOutputStream()) {
      in.write(request.replace(HOST, "localhost:" + port).getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(openssl.waitFor(60, TimeUnit.SECONDS)).as("openssl finished").isTrue();
    return out;
  }

  static String get(String path) {
    return "GET " + path + " HTTP/1.1\r\nHost: " + HOST + "\r\nConnection: close\r\n\r\n";
  }

  static String postXml(String path, String xml) {
    byte[] body = xml.getBytes(StandardCharsets.UTF_8);
    return "POST "
        + path
        + " HTTP/1.1\r\nHost: "
        + HOST
        + "\r\nContent-Type: text/xml; charset=utf-8\r\n"
        + "SOAPAction: \"\"\r\nContent-Length: "
        + body.length
        + "\r\nConnection: close\r\n\r\n"
        + xml;
  }
}
