/**
 * Accounts enabled to the telematic services: a person (codice fiscale) is enabled to Fisconline or
 * to Entratel, never both; Entratel accounts own sites (sede), and a smartcard of an Entratel user
 * goes to site 000.
 */
package it.cns.enrollment.domain.account;
