/**
 * The counter agent's endpoint (issue #18 item 4): {@code POST /agente/codici}, served only by the
 * partner listener (mutual TLS; the operator's workstation certificate), a thin adapter over {@link
 * it.cns.enrollment.application.agent.CardCodesService}. Plain text in, plain text out: the agent
 * is a small program, not a browser.
 */
package it.cns.enrollment.interfaces.web.agent;
