package it.cns.enrollment.domain.activation;

import java.time.Instant;
import java.util.Objects;

/**
 * An activation form waiting for its one download: the activation and codes generation it belongs
 * to, the operator who issued it (the only one who may download it), the form sealed, and when it
 * stops being handed out.
 */
public record PendingForm(
    long activationId,
    int codesGeneration,
    String operatorUsername,
    byte[] sealedPdf,
    Instant createdAt,
    Instant expiresAt) {

  public PendingForm {
    Objects.requireNonNull(operatorUsername, "operator is required");
    Objects.requireNonNull(sealedPdf, "sealed form is required");
    Objects.requireNonNull(createdAt, "creation time is required");
    Objects.requireNonNull(expiresAt, "expiry is required");
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("a pending form expires after it is made");
    }
  }

  @Override
  public String toString() {
    return "PendingForm[activation "
        + activationId
        + ", generation "
        + codesGeneration
        + ", operator "
        + operatorUsername
        + ", expires "
        + expiresAt
        + "]";
  }
}
