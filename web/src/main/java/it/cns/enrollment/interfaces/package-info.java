/**
 * Interfaces: JSF backing beans, servlet filters and SOAP endpoints. Adapters only: they read the
 * request (certificate, form, message), call one application service, and map the answer or the
 * typed error for their channel in one place. No business rule lives here.
 */
package it.cns.enrollment.interfaces;
