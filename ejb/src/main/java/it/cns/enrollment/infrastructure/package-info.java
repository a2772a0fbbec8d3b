/**
 * Infrastructure: JPA repositories, database migrations, PKI (BouncyCastle), Argon2id, mail, PDF,
 * CSV, time and settings from the environment. Implements the domain's interfaces (repositories,
 * {@code SecretHasher}) and the application's ports ({@code application.port}).
 *
 * <p>Rule: never called by the domain; of the application it sees only the ports, never a use case.
 * Checked by {@code ArchitectureTest}.
 */
package it.cns.enrollment.infrastructure;
