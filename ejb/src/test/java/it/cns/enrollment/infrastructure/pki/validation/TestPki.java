package it.cns.enrollment.infrastructure.pki.validation;

import it.cns.enrollment.devpki.CardProfile;
import it.cns.enrollment.devpki.CertificateAuthority;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The test PKI shared by the validation tests: a root, an issuing intermediate ("CA Cittadini"), a
 * foreign root, and one card key pair. Created once per JVM because RSA key generation is the slow
 * part; certificates are cheap and minted per test.
 */
final class TestPki {

  static final String CF = "RSSMRA80A01H501U";

  static final CertificateAuthority ROOT =
      CertificateAuthority.newRoot("Regione Test - Root CA", "Regione Test");
  static final CertificateAuthority CA =
      ROOT.newIntermediate("Regione Test - CA Cittadini", "Regione Test");
  static final CertificateAuthority FOREIGN =
      CertificateAuthority.newRoot("Estero - CA Cittadini", "Estero");
  static final KeyPair CARD_KEYS = rsa();

  private TestPki() {}

  /** Root as anchor, the issuing CA as intermediate: a path must be built through it. */
  static TrustAnchors anchors() {
    return TrustAnchors.of(
        List.of(ROOT.certificate()),
        List.of(CA.certificate()),
        "test PKI",
        Instant.now(),
        List.of());
  }

  static CardProfile profile() {
    return CardProfile.forCodiceFiscale(CF);
  }

  static X509Certificate card(CardProfile profile) {
    return CA.issueCard(profile, CARD_KEYS).certificate();
  }

  /** Short timeouts so that the slow-responder tests stay quick. */
  /**
   * Short timeouts, yet long enough for the in-process responders to answer on a loaded 2-core
   * machine (at 600 ms an OCSP answer signed under load sometimes came too late and a test meant to
   * succeed saw REVOCATION_UNKNOWN). The slow-responder tests delay well beyond them.
   */
  static ValidationPolicy fastPolicy() {
    return ValidationPolicy.builder()
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(2))
        .build();
  }

  static Clock systemClock() {
    return Clock.systemUTC();
  }

  static Clock fixed(Instant at) {
    return Clock.fixed(at, ZoneOffset.UTC);
  }

  private static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
