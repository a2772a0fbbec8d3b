package it.cns.enrollment.it;

import it.cns.enrollment.devpki.CrlServer;
import it.cns.enrollment.devpki.OcspResponderServer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Revocation services of the test CNS issuer, running in the test JVM on 127.0.0.1 where the server
 * under test fetches from them: a CRL server (empty CRL by default, so ordinary test cards are "not
 * revoked") and an OCSP responder for the revocation tests.
 */
final class TestRevocation {

  private static final String CRL_NAME = "cns-ca.crl";
  private static CrlServer crls;
  private static OcspResponderServer ocsp;

  private TestRevocation() {}

  /** The CRL distribution point every ordinary test card carries. */
  static synchronized String crlUrl() {
    if (crls == null) {
      crls = CrlServer.start();
      Instant now = Instant.now();
      crls.publish(
          CRL_NAME,
          TestPki.cnsCa().crl(now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.DAYS)));
    }
    return crls.url(CRL_NAME);
  }

  /**
   * A CRL distribution point of its own (the same empty CRL under a new name): the server has never
   * cached it, so a card carrying it makes the server fetch it - while {@link #crlServer()} is slow
   * or down, say.
   */
  static synchronized String freshCrlUrl(String name) {
    crlUrl();
    Instant now = Instant.now();
    crls.publish(
        name + ".crl",
        TestPki.cnsCa().crl(now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.DAYS)));
    return crls.url(name + ".crl");
  }

  /** The CRL server itself, to slow it down or take it down. */
  static synchronized CrlServer crlServer() {
    crlUrl();
    return crls;
  }

  /** The OCSP responder of the test CNS issuer (started on first use, every serial good). */
  static synchronized OcspResponderServer ocsp() {
    if (ocsp == null) {
      ocsp = OcspResponderServer.start(TestPki.cnsCa());
    }
    return ocsp;
  }
}
