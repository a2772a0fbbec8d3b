package it.cns.enrollment.application.counter;

import it.cns.enrollment.domain.activation.ActivationCase;
import java.io.Serializable;
import java.time.Instant;

/**
 * What the outcome page of an activation or reissue shows besides the codes: which card (masked),
 * whose, which case, when, which generation of codes, the outbox reference of the mail, whether it
 * was a reissue and whether the form was made. No secret: a page may keep it in its view.
 */
public record OutcomeSummary(
    long activationId,
    String cardIdMasked,
    String holderCf,
    ActivationCase activationCase,
    Instant activatedAt,
    int codesGeneration,
    String mailReference,
    boolean reissue,
    boolean formMade)
    implements Serializable {}
