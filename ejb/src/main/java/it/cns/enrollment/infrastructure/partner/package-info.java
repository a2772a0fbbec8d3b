/**
 * Partner registration until the supervisor pages exist: a JDK-only helper that turns a partner's
 * client certificate into the SQL that registers it, runnable outside the server ({@code java -cp
 * ejb/target/classes it.cns.enrollment.infrastructure.partner.PartnerRegistration ...}).
 */
package it.cns.enrollment.infrastructure.partner;
