/**
 * JSF backing beans and servlet filters for the public and smartcard listeners. Adapters only: read
 * the request, call an application service, show the answer; errors are turned into page messages
 * by {@link it.cns.enrollment.interfaces.web.UserMessages} alone.
 */
package it.cns.enrollment.interfaces.web;
