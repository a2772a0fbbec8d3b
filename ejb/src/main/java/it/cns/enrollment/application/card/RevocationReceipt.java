package it.cns.enrollment.application.card;

import java.time.Instant;

/** A revoked TS-CNS: which card (masked), whose, when, and how many card bindings went with it. */
public record RevocationReceipt(
    String cardIdMasked, String holderCf, Instant revokedAt, int bindingsRevoked) {}
