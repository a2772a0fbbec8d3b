/**
 * The counter agent's side of the server (issue #18 item 4): after an activation or a reissue at
 * the counter, {@link it.cns.enrollment.application.agent.CardCodesService#keep} holds the issued
 * PIN and PUK sealed under the outbox key, for {@code CNS_AGENT_CODES_MINUTES}; {@link
 * it.cns.enrollment.application.agent.CardCodesService#fetch} hands them once to a workstation
 * registered to the counter office where the card was activated, which writes them onto the card.
 * Fetches, refusals and expiries are audited; the codes are never logged or audited.
 *
 * <p>{@code CardCodesExpiry} erases expired codes before every fetch, in a transaction of its own
 * (the retention job purges them too); only this package calls it.
 */
package it.cns.enrollment.application.agent;
