/**
 * Fisconline credentials: the 10-digit PIN and the password, their rules ({@link
 * it.cns.enrollment.domain.credential.PasswordPolicy}), their lockout after 8 wrong attempts and
 * their storage as Argon2id hashes ({@link it.cns.enrollment.domain.credential.SecretHasher}).
 *
 * <p>Secrets live only in {@link it.cns.enrollment.domain.credential.IssuedPin} and {@link
 * it.cns.enrollment.domain.credential.Password}, whose {@code toString()} never shows the value;
 * they are generated with {@code SecureRandom}, shown once and never logged or audited.
 *
 * <p>Rule: plain Java, no library. Hashing is an interface here; its Argon2id implementation, with
 * BouncyCastle and the limit on hashes computed at once, is infrastructure's ({@code
 * infrastructure.security.Argon2idHasher}).
 */
package it.cns.enrollment.domain.credential;
