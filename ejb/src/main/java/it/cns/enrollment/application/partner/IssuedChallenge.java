package it.cns.enrollment.application.partner;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A challenge issued to a partner.
 *
 * @param id 16 random bytes naming the challenge; the partner sends them back with the proof
 * @param challenge 32 random bytes the citizen's card must sign
 * @param expiresAt when the challenge stops being accepted
 */
public record IssuedChallenge(byte[] id, byte[] challenge, Instant expiresAt) {

  public IssuedChallenge {
    id = Objects.requireNonNull(id, "id is required").clone();
    challenge = Objects.requireNonNull(challenge, "challenge is required").clone();
    Objects.requireNonNull(expiresAt, "expiry is required");
  }

  @Override
  public byte[] id() {
    return id.clone();
  }

  @Override
  public byte[] challenge() {
    return challenge.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IssuedChallenge other
        && Arrays.equals(id, other.id)
        && Arrays.equals(challenge, other.challenge)
        && expiresAt.equals(other.expiresAt);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(id);
  }

  @Override
  public String toString() {
    return "IssuedChallenge[id=" + HexFormat.of().formatHex(id) + ", expiresAt=" + expiresAt + "]";
  }
}
