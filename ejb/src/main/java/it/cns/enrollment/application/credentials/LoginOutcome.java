package it.cns.enrollment.application.credentials;

import java.time.Instant;

/**
 * A successful traditional login: who, and whether the password must be changed now (first login
 * with the initial password, or password older than 90 days).
 */
public record LoginOutcome(
    String codiceFiscale,
    String displayName,
    boolean mustChangePassword,
    Instant passwordExpiresAt) {}
