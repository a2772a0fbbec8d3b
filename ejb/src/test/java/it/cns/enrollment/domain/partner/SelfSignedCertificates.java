package it.cns.enrollment.domain.partner;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Self-signed certificates with the validity and extended key usage a test needs. */
public final class SelfSignedCertificates {

  private static final KeyPair KEYS = keys();

  private SelfSignedCertificates() {}

  /** Purposes null: no extended key usage extension at all. */
  public static X509Certificate certificate(
      String commonName, Instant notBefore, Instant notAfter, KeyPurposeId... purposes) {
    try {
      X500Principal name = new X500Principal("CN=" + commonName + ",O=Test Partner");
      JcaX509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              name,
              BigInteger.valueOf(System.nanoTime()).abs().add(BigInteger.ONE),
              Date.from(notBefore),
              Date.from(notAfter),
              name,
              KEYS.getPublic());
      if (purposes != null) {
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes));
      }
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(KEYS.getPrivate())));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair keys() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
