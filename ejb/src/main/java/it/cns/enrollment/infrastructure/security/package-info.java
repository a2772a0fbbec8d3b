/**
 * Security settings made injectable, and the hasher behind the domain's {@code SecretHasher}:
 * Argon2id (BouncyCastle) configured from the environment, the password policy and the operators'
 * lockout rule. Secrets pass through {@link
 * it.cns.enrollment.infrastructure.security.Argon2idHasher} only to be hashed or verified; nothing
 * here stores or logs one.
 */
package it.cns.enrollment.infrastructure.security;
