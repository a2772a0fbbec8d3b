package it.cns.enrollment.domain.challenge;

import java.time.Duration;
import java.util.Objects;

/**
 * How long an issued challenge may be answered (setting {@code CNS_CHALLENGE_TTL_SECONDS}, 300 s by
 * default, at most 1800) and whether a proof over the bare challenge is still accepted ({@code
 * CNS_CARD_PROOF_UNBOUND}). The values are given; reading them is the configuration's job.
 */
public record ChallengeSettings(Duration timeToLive, UnboundProofs unboundProofs) {

  public ChallengeSettings {
    Objects.requireNonNull(timeToLive, "time to live is required");
    if (timeToLive.isZero() || timeToLive.isNegative()) {
      throw new IllegalArgumentException("a challenge's time to live must be positive");
    }
    Objects.requireNonNull(unboundProofs, "the unbound proofs policy is required");
  }
}
