/**
 * Ports: what the use cases need from the outside world (certificate validation, proof of card
 * possession, the activation form's rendering, sealing outbox bodies, mail transport, CSV files),
 * as interfaces the application owns and infrastructure implements.
 *
 * <p>Rule of this package: interfaces and the plain values they exchange, in terms of the domain
 * and the JDK; no library type, and nothing from the rest of the application (so that
 * infrastructure, which depends on these ports, never reaches a use case). Application services
 * inject a port, never its implementation.
 *
 * <p>Also here, as plain values: the settings the web layer needs ({@link
 * it.cns.enrollment.application.port.ListenerPorts}, {@link
 * it.cns.enrollment.application.port.SessionSettings}). {@code infrastructure.config} reads them
 * and {@code interfaces} receives them, and neither may see the other; this package is the one both
 * may use.
 */
package it.cns.enrollment.application.port;
