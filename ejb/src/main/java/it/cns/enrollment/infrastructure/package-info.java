/**
 * Infrastructure: JPA repositories, database migrations, PKI (BouncyCastle), time, and later mail
 * and PDF. Implements the domain's interfaces; never called by the domain directly.
 */
package it.cns.enrollment.infrastructure;
