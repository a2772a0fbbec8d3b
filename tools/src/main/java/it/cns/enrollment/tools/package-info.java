/**
 * Command-line tools run from a terminal, outside the server, and never deployed (this module is
 * not in the EAR): {@link it.cns.enrollment.tools.SupervisorBootstrap} creates intranet accounts
 * through JDBC on {@code CNS_DB_URL} (the first supervisor, a new initial password, the launcher's
 * demo accounts; random password printed once, stored as the server's Argon2id hash, audited as the
 * system) and {@link it.cns.enrollment.tools.PartnerRegistration} turns a partner's client
 * certificate into the SQL that registers it. They write the database directly, so they stay out of
 * the deployed EJB jar: the running application reaches the same tables only through its services.
 * The launcher runs them ({@code ./cns supervisor}, demo data) with {@code tools/target/classes},
 * {@code ejb/target/classes} and {@code tools/target/tools.classpath}.
 */
package it.cns.enrollment.tools;
