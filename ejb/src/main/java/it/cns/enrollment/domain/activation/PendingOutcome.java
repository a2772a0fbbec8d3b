package it.cns.enrollment.domain.activation;

import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of an activation or reissue at the counter, waiting for its outcome page: found by
 * the hash of the page's token, for the operator who issued it only, with the first halves of the
 * codes sealed until the page shows them once ({@code sealedHalves} null after that), until it
 * expires.
 */
public record PendingOutcome(
    String tokenHash,
    long activationId,
    int codesGeneration,
    String operatorUsername,
    String cardIdMasked,
    String holderCf,
    ActivationCase activationCase,
    Instant activatedAt,
    String mailReference,
    boolean reissue,
    boolean formMade,
    byte[] sealedHalves,
    Instant createdAt,
    Instant expiresAt) {

  public PendingOutcome {
    Objects.requireNonNull(tokenHash, "token hash is required");
    Objects.requireNonNull(operatorUsername, "operator is required");
    Objects.requireNonNull(cardIdMasked, "card is required");
    Objects.requireNonNull(holderCf, "holder is required");
    Objects.requireNonNull(activationCase, "case is required");
    Objects.requireNonNull(activatedAt, "activation time is required");
    Objects.requireNonNull(mailReference, "mail reference is required");
    Objects.requireNonNull(createdAt, "creation time is required");
    Objects.requireNonNull(expiresAt, "expiry is required");
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("a pending outcome expires after it is made");
    }
  }

  @Override
  public String toString() {
    return "PendingOutcome[activation "
        + activationId
        + ", generation "
        + codesGeneration
        + ", operator "
        + operatorUsername
        + ", halves "
        + (sealedHalves == null ? "shown" : "sealed")
        + ", expires "
        + expiresAt
        + "]";
  }
}
