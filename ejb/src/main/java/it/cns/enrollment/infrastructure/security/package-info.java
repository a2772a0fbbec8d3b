/**
 * Security settings made injectable: the Argon2id hasher from the environment and the password
 * policy. No secret passes through here.
 */
package it.cns.enrollment.infrastructure.security;
