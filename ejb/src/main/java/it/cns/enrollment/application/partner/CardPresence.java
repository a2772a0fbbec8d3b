package it.cns.enrollment.application.partner;

import java.util.Objects;

/**
 * What a partner sends to show the citizen's card is present: the card's certificate and a CMS
 * signature made with the card's key over a challenge this server issued to that partner.
 */
public record CardPresence(byte[] certificate, byte[] challengeId, byte[] proof) {

  public CardPresence {
    Objects.requireNonNull(certificate, "certificate is required");
    Objects.requireNonNull(challengeId, "challenge id is required");
    Objects.requireNonNull(proof, "proof is required");
  }
}
