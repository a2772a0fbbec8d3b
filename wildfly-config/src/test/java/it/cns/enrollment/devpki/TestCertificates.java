package it.cns.enrollment.devpki;

import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/** Independent checks the tests apply to what the PKI produced. */
final class TestCertificates {

  private TestCertificates() {}

  /** JDK PKIX validation (revocation off) of chain minus its last element, anchored at root. */
  static PKIXCertPathValidatorResult validate(List<X509Certificate> chain, X509Certificate root)
      throws Exception {
    List<X509Certificate> path =
        chain.get(chain.size() - 1).equals(root) ? chain.subList(0, chain.size() - 1) : chain;
    CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
    PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
    parameters.setRevocationEnabled(false);
    return (PKIXCertPathValidatorResult)
        CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
  }

  /** The first value of a subject attribute, read from the DER encoding (no string escaping). */
  static Optional<String> subjectAttribute(X509Certificate certificate, ASN1ObjectIdentifier oid) {
    X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    RDN[] rdns = subject.getRDNs(oid);
    return rdns.length == 0
        ? Optional.empty()
        : Optional.of(((ASN1String) rdns[0].getFirst().getValue()).getString());
  }

  static String commonName(X509Certificate certificate) {
    return subjectAttribute(certificate, BCStyle.CN).orElseThrow();
  }

  /** Luhn validation written independently of the generator's check-digit code. */
  static boolean luhnValid(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = Character.digit(digits.charAt(digits.length() - 1 - i), 10);
      if (i % 2 == 1) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return sum % 10 == 0;
  }
}
