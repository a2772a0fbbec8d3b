package it.cns.enrollment.domain.identity;

import java.util.Objects;

/**
 * A card certificate cannot be used. The {@link #refusal()} drives what the citizen is told; the
 * {@link #technicalDetail()} is for logs and operators only and is never shown to citizens.
 */
public final class CertificateRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final CertificateRefusal refusal;
  private final String technicalDetail;

  public CertificateRefusedException(CertificateRefusal refusal, String technicalDetail) {
    this(refusal, technicalDetail, null);
  }

  public CertificateRefusedException(
      CertificateRefusal refusal, String technicalDetail, Throwable cause) {
    super(
        Objects.requireNonNull(refusal, "refusal is required").code()
            + ": "
            + Objects.requireNonNull(technicalDetail, "technical detail is required"),
        cause);
    this.refusal = refusal;
    this.technicalDetail = technicalDetail;
  }

  public CertificateRefusal refusal() {
    return refusal;
  }

  /** For logs and operators; never for the citizen's page. */
  public String technicalDetail() {
    return technicalDetail;
  }
}
