package it.cns.enrollment.contract.partner.kit;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
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
 * key signs the text naming the operation, the citizen and the server's challenge (contract 1.3,
 * {@link #content}), as a CMS SignedData with the text attached (SHA-256).
 */
final class CardProof {

  /** Names the service and contract: the text means nothing to anyone else. */
  static final String CONTEXT = "urn:cns-enrollment:partner:v1";

  // A codice fiscale's shape (omocodia letters allowed in the digit positions).
  private static final Pattern CODICE_FISCALE =
      Pattern.compile(
          "[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]");

  private CardProof() {}

  /**
   * What the card signs for {@code operation} ({@code bindSmartcard} or {@code enrollFisconline})
   * on behalf of {@code codiceFiscale}: {@code urn:cns-enrollment:partner:v1|operation|CF|challenge
   * in base64}, US-ASCII (docs/partner-api.md).
   */
  static byte[] content(String operation, String codiceFiscale, byte[] challenge) {
    return (CONTEXT
            + "|"
            + operation
            + "|"
            + codiceFiscale
            + "|"
            + Base64.getEncoder().encodeToString(challenge))
        .getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * The citizen's codice fiscale as the server reads it from the CNS certificate: from the common
   * name ({@code CF/card number.hash}), else from a serialNumber {@code IT:CF} or {@code TINIT-CF}.
   */
  static String codiceFiscaleOf(X509Certificate certificate) {
    X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    return first(subject, BCStyle.CN, "")
        .or(() -> first(subject, BCStyle.SERIALNUMBER, "IT:"))
        .or(() -> first(subject, BCStyle.SERIALNUMBER, "TINIT-"))
        .orElseThrow(
            () -> new IllegalArgumentException("the card's certificate names no codice fiscale"));
  }

  private static Optional<String> first(
      X500Name subject, ASN1ObjectIdentifier type, String prefix) {
    for (RDN rdn : subject.getRDNs(type)) {
      String value = IETFUtils.valueToString(rdn.getFirst().getValue()).strip();
      if (value.regionMatches(true, 0, prefix, 0, prefix.length())) {
        Matcher cf =
            CODICE_FISCALE.matcher(value.substring(prefix.length()).toUpperCase(Locale.ROOT));
        if (prefix.isEmpty() ? cf.find() : cf.matches()) {
          return Optional.of(cf.group());
        }
      }
    }
    return Optional.empty();
  }

  /** The proof over {@code content}; the key may live on a token (PKCS#11), it never leaves it. */
  static byte[] sign(byte[] content, PrivateKey cardKey, X509Certificate cardCertificate)
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
    return generator.generate(new CMSProcessableByteArray(content), true).getEncoded();
  }
}
