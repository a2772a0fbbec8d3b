package it.cns.enrollment.domain.challenge;

/**
 * What to do with a card proof over the bare challenge, as contract 1.2 partners make it (setting
 * {@code CNS_CARD_PROOF_UNBOUND}): such a signature does not say which operation it was given for,
 * so it could be spent on another one. {@link #ACCEPT} keeps 1.2 partners working (each such proof
 * is audited, so the supervisors see who still sends them); {@link #REFUSE} once every partner
 * signs the contract 1.3 text ({@link CardProofContent}).
 */
public enum UnboundProofs {
  ACCEPT,
  REFUSE
}
