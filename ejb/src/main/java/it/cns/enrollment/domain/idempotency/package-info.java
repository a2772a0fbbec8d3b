/**
 * Idempotent partner requests: the answer to a mutating request is remembered under (partner,
 * request id) in the operation's transaction, so a replay gets the first answer with no new side
 * effect and the same id with a different body is refused.
 *
 * <p>An answer may carry secrets (enrollment returns PIN and password), which the database must not
 * hold in the clear: it is sealed with AES-256-GCM under a key derived from the request's body
 * hash, which is never stored; the database keeps only a separate derivation of that hash to
 * recognise the body. Only whoever sends the very same request again can open the answer.
 */
package it.cns.enrollment.domain.idempotency;
