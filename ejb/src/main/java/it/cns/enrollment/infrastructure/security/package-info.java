/**
 * Security collaborators made injectable: the hasher behind the domain's {@code SecretHasher},
 * Argon2id (BouncyCastle) with the configured parameters, and the password policy. Secrets pass
 * through {@link it.cns.enrollment.infrastructure.security.Argon2idHasher} only to be hashed or
 * verified; nothing here stores or logs one.
 */
package it.cns.enrollment.infrastructure.security;
