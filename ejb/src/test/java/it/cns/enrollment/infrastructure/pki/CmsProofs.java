package it.cns.enrollment.infrastructure.pki;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** CMS SignedData proofs as a card's middleware would make them, for tests. */
public final class CmsProofs {

  private CmsProofs() {}

  /**
   * Signs {@code content} with {@code key}, naming {@code signerCertificate} in the SignerInfo and
   * carrying {@code embedded} in the certificates field.
   */
  public static byte[] sign(
      byte[] content,
      PrivateKey key,
      String algorithm,
      X509Certificate signerCertificate,
      List<X509Certificate> embedded,
      boolean attached) {
    try {
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .build(new JcaContentSignerBuilder(algorithm).build(key), signerCertificate));
      generator.addCertificates(new JcaCertStore(embedded));
      return generator.generate(new CMSProcessableByteArray(content), attached).getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A SHA-256 proof by the holder of {@code certificate}, which it carries. */
  public static byte[] sign(
      byte[] content, PrivateKey key, X509Certificate certificate, boolean attached) {
    String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
    return sign(content, key, algorithm, certificate, List.of(certificate), attached);
  }
}
