/**
 * SOAP endpoints of the partner API. They implement the generated service interface of the contract
 * (ws-contracts) and pin its WSDL; they identify the partner from the TLS client certificate, call
 * one application service and map failures to typed faults in {@link
 * it.cns.enrollment.interfaces.soap.SoapFaults} alone.
 */
package it.cns.enrollment.interfaces.soap;
