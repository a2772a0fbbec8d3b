package it.cns.enrollment.contract.partner.kit;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * What the card middleware does for {@code bindSmartcard} and {@code enrollFisconline}: the card's
 * key signs the server's challenge, as a CMS SignedData with the challenge attached (SHA-256).
 */
final class CardProof {

  private CardProof() {}

  /** The proof; the key may live on a token (PKCS#11), it never leaves it. */
  static byte[] sign(byte[] challenge, PrivateKey cardKey, X509Certificate cardCertificate)
      throws CMSException,
          OperatorCreationException,
          java.io.IOException,
          java.security.cert.CertificateEncodingException {
    String algorithm =
        "EC".equals(cardCertificate.getPublicKey().getAlgorithm())
            ? "SHA256withECDSA"
            : "SHA256withRSA";
    CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
    generator.addSignerInfoGenerator(
        new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
            .build(new JcaContentSignerBuilder(algorithm).build(cardKey), cardCertificate));
    generator.addCertificates(new JcaCertStore(List.of(cardCertificate)));
    return generator.generate(new CMSProcessableByteArray(challenge), true).getEncoded();
  }
}
