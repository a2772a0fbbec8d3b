/**
 * Accounts created from a terminal, outside the server: the first supervisor (never a default
 * password: a random one, printed once), a new initial password for a locked-out supervisor, and
 * the launcher's demo operator and supervisor. Writes through JDBC to {@code CNS_DB_URL}, hashing
 * with the same {@code SecretHasher} the server uses; every account it writes is audited as the
 * system.
 */
package it.cns.enrollment.infrastructure.operator;
