package it.cns.enrollment.devpki;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaBasicOCSPRespBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A real OCSP responder (RFC 6960, POST) for tests, built with BouncyCastle: HTTP on 127.0.0.1 with
 * an ephemeral port, answering for one CA. By default it signs with the CA's own key, says "good"
 * for every serial, echoes the nonce and gives nextUpdate one hour ahead. Everything can be changed
 * while it runs: status per serial, a delegated responder certificate, a wrong signing key, a
 * delay, being down, no nonce echo, response validity. It counts requests.
 */
public final class OcspResponderServer implements AutoCloseable {

  /** What the responder says about a serial. */
  public enum Status {
    GOOD,
    REVOKED,
    UNKNOWN
  }

  private final CertificateAuthority ca;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(CrlServer.daemon("ocsp"));
  private final Map<BigInteger, Status> statuses = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile Status defaultStatus = Status.GOOD;
  private volatile PrivateKey signingKey;
  private volatile List<X509Certificate> responseCertificates = List.of();
  private volatile X509Certificate responderIdCertificate;
  private volatile Duration delay = Duration.ZERO;
  private volatile boolean down;
  private volatile boolean echoNonce = true;
  private volatile Duration thisUpdateAge = Duration.ofMinutes(1);
  private volatile Duration nextUpdateIn = Duration.ofHours(1);

  private OcspResponderServer(CertificateAuthority ca) throws IOException {
    this.ca = ca;
    this.signingKey = ca.privateKey();
    this.responderIdCertificate = ca.certificate();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/ocsp", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** A responder for {@code ca}'s certificates, signing with the CA key. */
  public static OcspResponderServer start(CertificateAuthority ca) {
    Objects.requireNonNull(ca, "ca");
    try {
      return new OcspResponderServer(ca);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the OCSP responder", e);
    }
  }

  /**
   * A delegated OCSP responder certificate issued by {@code ca}: EKU id-kp-OCSPSigning, key usage
   * digitalSignature, the id-pkix-ocsp-nocheck extension, valid from now-1d for 1 year.
   */
  public static IssuedCredential issueResponderCertificate(
      CertificateAuthority ca, KeyPurposeId... extendedKeyUsages) {
    KeyPair keys = Pki.newRsaKeyPair();
    Instant now = Pki.now();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            ca.certificate(),
            Pki.randomSerial(),
            Pki.date(now.minus(Duration.ofDays(1))),
            Pki.date(now.plus(Duration.ofDays(365))),
            new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "IT")
                .addRDN(BCStyle.O, ca.organization())
                .addRDN(BCStyle.CN, "OCSP Responder")
                .build(),
            keys.getPublic());
    KeyPurposeId[] ekus =
        extendedKeyUsages.length == 0
            ? new KeyPurposeId[] {KeyPurposeId.id_kp_OCSPSigning}
            : extendedKeyUsages;
    try {
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
      builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(ekus));
      builder.addExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE);
      builder.addExtension(
          Extension.authorityKeyIdentifier, false, Pki.authorityKeyId(ca.certificate()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    X509Certificate certificate = Pki.toCertificate(builder.build(Pki.signer(ca.privateKey())));
    List<X509Certificate> chain = new ArrayList<>();
    chain.add(certificate);
    chain.addAll(ca.chain());
    return new IssuedCredential(keys.getPrivate(), certificate, chain);
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/ocsp";
  }

  public void setStatus(BigInteger serial, Status status) {
    statuses.put(Objects.requireNonNull(serial, "serial"), Objects.requireNonNull(status));
  }

  public void revoke(BigInteger serial) {
    setStatus(serial, Status.REVOKED);
  }

  /** The status of serials without one of their own (initially GOOD). */
  public void setDefaultStatus(Status status) {
    this.defaultStatus = Objects.requireNonNull(status, "status");
  }

  /** Sign with the CA's own key again. */
  public void signWithCa() {
    signWith(ca.privateKey(), ca.certificate(), List.of());
  }

  /** Sign as a delegated responder, including its certificate in the response. */
  public void signWithDelegate(IssuedCredential responder) {
    signWith(responder.privateKey(), responder.certificate(), List.of(responder.certificate()));
  }

  /**
   * Sign with any key, e.g. one the CA never certified. {@code responderId} names the signer in the
   * response; {@code included} are the certificates put in it.
   */
  public void signWith(
      PrivateKey key, X509Certificate responderId, List<X509Certificate> included) {
    this.signingKey = Objects.requireNonNull(key, "key");
    this.responderIdCertificate = Objects.requireNonNull(responderId, "responderId");
    this.responseCertificates = List.copyOf(included);
  }

  public void setDelay(Duration delay) {
    this.delay = Objects.requireNonNull(delay, "delay");
  }

  /** While down, every request gets HTTP 500. */
  public void setDown(boolean down) {
    this.down = down;
  }

  public void setEchoNonce(boolean echoNonce) {
    this.echoNonce = echoNonce;
  }

  /**
   * thisUpdate = now - {@code thisUpdateAge}; nextUpdate = now + {@code nextUpdateIn}, or none when
   * null. A negative {@code nextUpdateIn} makes stale responses.
   */
  public void setValidity(Duration thisUpdateAge, Duration nextUpdateIn) {
    this.thisUpdateAge = Objects.requireNonNull(thisUpdateAge, "thisUpdateAge");
    this.nextUpdateIn = nextUpdateIn;
  }

  public int requestCount() {
    return requests.get();
  }

  public void resetCount() {
    requests.set(0);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      requests.incrementAndGet();
      byte[] request = exchange.getRequestBody().readAllBytes();
      CrlServer.sleep(delay);
      if (down || !"POST".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(down ? 500 : 405, -1);
        return;
      }
      byte[] body;
      try {
        body = respond(new OCSPReq(request)).getEncoded();
      } catch (Exception e) {
        body = malformedRequest();
      }
      exchange.getResponseHeaders().set("Content-Type", "application/ocsp-response");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (IOException e) {
      // The client gave up (timeout); nothing to do.
    }
  }

  private OCSPResp respond(OCSPReq request) throws Exception {
    DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
    X509CertificateHolder caHolder = new JcaX509CertificateHolder(ca.certificate());
    BasicOCSPRespBuilder builder =
        new JcaBasicOCSPRespBuilder(
            responderIdCertificate.getPublicKey(), digests.get(CertificateID.HASH_SHA1));
    Instant now = Instant.now();
    Instant thisUpdate = now.minus(thisUpdateAge);
    Duration next = nextUpdateIn;
    for (Req req : request.getRequestList()) {
      CertificateID id = req.getCertID();
      CertificateStatus status;
      if (!id.matchesIssuer(caHolder, digests)) {
        status = new UnknownStatus();
      } else {
        status =
            switch (statuses.getOrDefault(id.getSerialNumber(), defaultStatus)) {
              case GOOD -> CertificateStatus.GOOD;
              case REVOKED ->
                  new RevokedStatus(
                      Pki.date(now.minus(Duration.ofHours(2))), CRLReason.keyCompromise);
              case UNKNOWN -> new UnknownStatus();
            };
      }
      builder.addResponse(
          id, status, Pki.date(thisUpdate), next == null ? null : Pki.date(now.plus(next)), null);
    }
    Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
    if (nonce != null && echoNonce) {
      builder.setResponseExtensions(new Extensions(nonce));
    }
    X509CertificateHolder[] included =
        responseCertificates.stream()
            .map(OcspResponderServer::holder)
            .toArray(X509CertificateHolder[]::new);
    return new OCSPRespBuilder()
        .build(
            OCSPRespBuilder.SUCCESSFUL,
            builder.build(Pki.signer(signingKey), included, Pki.date(now)));
  }

  private static byte[] malformedRequest() throws IOException {
    try {
      return new OCSPRespBuilder().build(OCSPRespBuilder.MALFORMED_REQUEST, null).getEncoded();
    } catch (OCSPException e) {
      throw new IOException(e);
    }
  }

  private static X509CertificateHolder holder(X509Certificate certificate) {
    try {
      return new JcaX509CertificateHolder(certificate);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
