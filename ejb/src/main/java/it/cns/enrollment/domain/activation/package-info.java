/**
 * TS-CNS activation at a counter: the four cases the seed describes (holder, parent of a minor,
 * guardian/curator/support administrator, delegate) with the documents each requires, the acting
 * person's identity document as recorded (never scanned), the codes (PIN, PUK, CIP) and the
 * activation of a card with its life cycle (active, revoked by CIP).
 *
 * <p>Rules kept here: a case's checklist is the seed's list, in the seed's order and wording; codes
 * are digits from {@code SecureRandom}, split in two halves (the first printed, the second
 * e-mailed) and stored only as Argon2id hashes of the whole code; secrets live in types whose
 * {@code toString()} hides them. Nothing here knows about pages, mail or PDF.
 */
package it.cns.enrollment.domain.activation;
