/**
 * Proof that a card is present: the server issues a random challenge to a partner, the citizen's
 * card signs it, and the signature is accepted once, before the challenge expires, and only from
 * the partner that asked for it. A copied certificate alone proves nothing.
 */
package it.cns.enrollment.domain.challenge;
