/**
 * Security collaborators made injectable: the Argon2id hasher with the configured parameters and
 * the password policy. No secret passes through here.
 */
package it.cns.enrollment.infrastructure.security;
