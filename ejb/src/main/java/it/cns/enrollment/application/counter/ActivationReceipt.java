package it.cns.enrollment.application.counter;

import it.cns.enrollment.domain.activation.ActivationCase;
import java.time.Instant;

/**
 * The outcome of an activation or a reissue of the codes: which card (masked), whose, which case,
 * the FIRST halves of the PIN, PUK and CIP for the printed form (the second halves went to the
 * outbox), when, which generation of codes, and the outbox reference under which the operator sees
 * the mail's state. {@link #toString()} never shows a code.
 */
public record ActivationReceipt(
    long activationId,
    String cardIdMasked,
    String holderCf,
    ActivationCase activationCase,
    CodeHalves printed,
    Instant activatedAt,
    int codesGeneration,
    String mailReference) {}
