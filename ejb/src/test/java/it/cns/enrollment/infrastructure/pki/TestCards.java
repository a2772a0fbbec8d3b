package it.cns.enrollment.infrastructure.pki;

import it.cns.enrollment.devpki.CardProfile;
import it.cns.enrollment.devpki.CertificateAuthority;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.function.Consumer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Card certificates for the parser tests: CNS-shaped ones from the development PKI, and hand-made
 * ones for encodings the development PKI does not produce. One CA and one card key pair are shared,
 * since RSA key generation is the slow part.
 */
final class TestCards {

  static final CertificateAuthority CA =
      CertificateAuthority.newRoot("Regione Test - CA Cittadini", "Regione Test");
  private static final KeyPair CARD_KEYS =
      CA.issueCard(CardProfile.forCodiceFiscale("RSSMRA80A01H501U")).keyPair();

  private TestCards() {}

  static X509Certificate issue(CardProfile profile) {
    return CA.issueCard(profile, CARD_KEYS).certificate();
  }

  static byte[] der(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] derOf(CardProfile profile) {
    return der(issue(profile));
  }

  static String pem(byte[] der) {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END CERTIFICATE-----\n";
  }

  /** A certificate signed by {@link #CA} with exactly the subject and extensions given. */
  static byte[] custom(X500Name subject, Consumer<X509v3CertificateBuilder> extensions) {
    Instant now = Instant.now();
    X509v3CertificateBuilder builder =
        new X509v3CertificateBuilder(
            X500Name.getInstance(CA.certificate().getSubjectX500Principal().getEncoded()),
            BigInteger.valueOf(now.toEpochMilli()),
            Date.from(now.minus(Duration.ofDays(1))),
            Date.from(now.plus(Duration.ofDays(365))),
            subject,
            SubjectPublicKeyInfo.getInstance(CARD_KEYS.getPublic().getEncoded()));
    extensions.accept(builder);
    try {
      return builder
          .build(new JcaContentSignerBuilder("SHA256withRSA").build(CA.privateKey()))
          .getEncoded();
    } catch (OperatorCreationException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] custom(X500Name subject) {
    return custom(subject, builder -> {});
  }
}
