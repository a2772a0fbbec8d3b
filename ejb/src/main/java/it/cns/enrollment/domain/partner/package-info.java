/**
 * Partner systems (health agencies, assistance centres) calling the SOAP API over mutual TLS: each
 * is identified by its client certificate (issuer + serial, optionally pinned by SHA-256
 * fingerprint), may be disabled, and may call only the operations granted to it.
 */
package it.cns.enrollment.domain.partner;
