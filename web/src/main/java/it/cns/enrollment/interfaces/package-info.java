/**
 * Interfaces: JSF backing beans, servlet filters and SOAP endpoints. Adapters only: they read the
 * request (certificate, form, message), call one application service, and map the answer or the
 * typed error for their channel in one place. No business rule lives here.
 *
 * <p>Rule: application services and domain types only; never an infrastructure class (the container
 * wires those behind the application's ports). No package cycles. Checked by {@code
 * InterfacesArchitectureTest}.
 */
package it.cns.enrollment.interfaces;
