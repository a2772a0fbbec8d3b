package it.cns.enrollment.domain.partner;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;

/**
 * How a partner's client certificate is looked up: issuer in canonical RFC 2253 form ({@link
 * X500Principal#CANONICAL}: lower case, normalised spacing), serial in lower-case hex without
 * leading zeros ({@code BigInteger.toString(16)}) and SHA-256 of the DER encoding (64 lower-case
 * hex digits). The same forms are written by the registration helper and read by the authorisation.
 */
public record PartnerCertificateId(String issuer, String serialHex, String sha256) {

  public PartnerCertificateId {
    Objects.requireNonNull(issuer, "issuer is required");
    Objects.requireNonNull(serialHex, "serial is required");
    Objects.requireNonNull(sha256, "fingerprint is required");
  }

  /** The identifiers of a certificate; JDK only, so it also runs outside the server. */
  public static PartnerCertificateId of(X509Certificate certificate) {
    Objects.requireNonNull(certificate, "certificate is required");
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      return new PartnerCertificateId(
          certificate.getIssuerX500Principal().getName(X500Principal.CANONICAL),
          certificate.getSerialNumber().toString(16),
          HexFormat.of().formatHex(digest));
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException("certificate cannot be encoded", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
