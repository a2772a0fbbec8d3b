/**
 * Partner records' infrastructure: a JDK-only helper that turns a partner's client certificate into
 * the SQL that registers it, runnable outside the server ({@code java -cp ejb/target/classes
 * it.cns.enrollment.infrastructure.partner.PartnerRegistration ...}), and the partner trust store
 * as the application checks an uploaded certificate against it ({@code KeyStorePartnerTrust}).
 */
package it.cns.enrollment.infrastructure.partner;
