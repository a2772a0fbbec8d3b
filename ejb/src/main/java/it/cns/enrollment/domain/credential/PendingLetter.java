package it.cns.enrollment.domain.credential;

import it.cns.enrollment.domain.identity.CodiceFiscale;
import java.time.Instant;
import java.util.Objects;

/**
 * The credentials letter of an abilitazione (a PDF with the full PIN and initial password) waiting
 * for its one download by the person it was issued to: whose it is, the letter sealed, and when it
 * stops being handed out.
 */
public record PendingLetter(
    CodiceFiscale owner, byte[] sealedPdf, Instant createdAt, Instant expiresAt) {

  public PendingLetter {
    Objects.requireNonNull(owner, "owner is required");
    Objects.requireNonNull(sealedPdf, "sealed letter is required");
    Objects.requireNonNull(createdAt, "creation time is required");
    Objects.requireNonNull(expiresAt, "expiry is required");
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("a pending letter expires after it is made");
    }
  }

  @Override
  public String toString() {
    return "PendingLetter[" + owner + ", expires " + expiresAt + "]";
  }
}
