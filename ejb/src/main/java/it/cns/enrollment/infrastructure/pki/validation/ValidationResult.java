package it.cns.enrollment.infrastructure.pki.validation;

import it.cns.enrollment.domain.identity.CnsCertificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A certificate that passed validation: who it identifies, the path that made it trusted, and what
 * the caller must audit. {@link #revocationConfirmed()} is false only under {@link
 * RevocationMode#FAIL_OPEN} when some certificate's status could not be determined; the {@link
 * #warnings()} then say which and why ("revocation not checked: ...").
 */
public final class ValidationResult {

  private final CnsCertificate identity;
  private final List<X509Certificate> path;
  private final X509Certificate trustAnchor;
  private final boolean revocationConfirmed;
  private final List<String> warnings;

  ValidationResult(
      CnsCertificate identity,
      List<X509Certificate> path,
      X509Certificate trustAnchor,
      boolean revocationConfirmed,
      List<String> warnings) {
    this.identity = Objects.requireNonNull(identity, "identity is required");
    this.path = List.copyOf(path);
    this.trustAnchor = Objects.requireNonNull(trustAnchor, "trust anchor is required");
    this.revocationConfirmed = revocationConfirmed;
    this.warnings = List.copyOf(warnings);
  }

  /** The validated holder identity. */
  public CnsCertificate identity() {
    return identity;
  }

  /** The certification path, leaf first, without the trust anchor. */
  public List<X509Certificate> path() {
    return path;
  }

  /** The anchor the path ends at. */
  public X509Certificate trustAnchor() {
    return trustAnchor;
  }

  /** True when every checked certificate got a definite "not revoked" answer. */
  public boolean revocationConfirmed() {
    return revocationConfirmed;
  }

  /** Things to audit: unknown revocation under fail-open, a CRL used within its stale grace. */
  public List<String> warnings() {
    return warnings;
  }

  public boolean hasWarnings() {
    return !warnings.isEmpty();
  }

  @Override
  public String toString() {
    return "ValidationResult["
        + identity
        + ", revocationConfirmed="
        + revocationConfirmed
        + ", warnings="
        + warnings
        + "]";
  }
}
