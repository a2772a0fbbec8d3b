/**
 * TLS plumbing installed into WildFly as a module (not deployed with the application): the
 * smartcard listener's client-certificate trust manager. JDK classes only.
 */
package it.cns.enrollment.tls;
