/**
 * Partner records' infrastructure: the partner trust store as the application checks an uploaded
 * certificate against it ({@code KeyStorePartnerTrust}). Registering a partner from a terminal is
 * {@code infrastructure.tools.PartnerRegistration}, which is not deployed.
 */
package it.cns.enrollment.infrastructure.partner;
