/**
 * Security settings made injectable: the Argon2id hasher from the environment, the password policy
 * and the operators' lockout rule. No secret passes through here.
 */
package it.cns.enrollment.infrastructure.security;
