/**
 * Intranet operators and supervisors: who they are (username, display name), their role, the
 * counter office an operator works at, and their password state (Argon2id hash only, forced change,
 * lockout after {@link it.cns.enrollment.domain.operator.OperatorLockout#maxFailedAttempts()}
 * consecutive wrong passwords, disabled accounts). Rules live here; logging in and administration
 * are application services, which also check the role - a URL constraint alone is not trusted.
 */
package it.cns.enrollment.domain.operator;
