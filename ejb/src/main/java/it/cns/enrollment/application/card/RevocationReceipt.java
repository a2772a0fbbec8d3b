package it.cns.enrollment.application.card;

import java.io.Serializable;
import java.time.Instant;

/**
 * A revoked TS-CNS: which card (masked), whose, when, and how many card bindings went with it.
 * Serializable: the revocation page keeps it in its view state, which a cluster replicates.
 */
public record RevocationReceipt(
    String cardIdMasked, String holderCf, Instant revokedAt, int bindingsRevoked)
    implements Serializable {}
