package it.cns.enrollment.domain.agent;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An operator's workstation allowed to fetch the codes of the activations of its counter office,
 * recognised by the SHA-256 fingerprint of its client certificate (64 lower-case hex digits).
 */
public record Workstation(String fingerprint, long counterOfficeId, String label, boolean enabled) {

  public Workstation {
    Objects.requireNonNull(fingerprint, "fingerprint is required");
    Objects.requireNonNull(label, "label is required");
    if (!fingerprint.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256 fingerprint");
    }
  }

  /** The fingerprint by which a certificate is registered and looked up; JDK only. */
  public static String fingerprintOf(X509Certificate certificate) {
    Objects.requireNonNull(certificate, "certificate is required");
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException("certificate cannot be encoded", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  /**
   * What the audit trail calls a workstation before it is looked up: the fingerprint's first 16
   * digits, enough to find the registration and nothing a reader could misuse.
   */
  public static String reference(String fingerprint) {
    return fingerprint.substring(0, 16);
  }
}
