/**
 * Throttling of login attempts (NIST SP 800-63B rate limiting): wrong attempts counted per typed
 * account and per client address, each count growing a delay before the next attempt is heard.
 * Works beside the lock of {@code domain.lock}: the lock stops guessing for good, the delay makes
 * reaching it slow. Pure rules and the repository port; the state lives in the database, so that
 * every node of a cluster sees the same counts.
 */
package it.cns.enrollment.domain.throttle;
