package it.cns.enrollment.domain.agent;

import java.time.Instant;
import java.util.Objects;

/**
 * The PIN and PUK of an activation waiting, sealed, for the counter agent's one fetch: which
 * activation and card, the counter office whose workstations may fetch them, and until when.
 */
public record PendingCardCodes(
    long activationId,
    String cardId,
    long counterOfficeId,
    byte[] sealedCodes,
    Instant createdAt,
    Instant expiresAt) {

  public PendingCardCodes {
    Objects.requireNonNull(cardId, "card is required");
    Objects.requireNonNull(sealedCodes, "sealed codes are required");
    Objects.requireNonNull(createdAt, "creation time is required");
    Objects.requireNonNull(expiresAt, "expiry is required");
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("codes waiting for the agent expire after they are kept");
    }
  }

  public boolean isExpiredAt(Instant now) {
    return !expiresAt.isAfter(now);
  }

  @Override
  public String toString() {
    return "PendingCardCodes[activation "
        + activationId
        + ", counter "
        + counterOfficeId
        + ", expires "
        + expiresAt
        + "]";
  }
}
