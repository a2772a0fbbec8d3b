/**
 * Command-line tools run from a terminal, outside the server, that write the database over JDBC:
 * {@code SupervisorBootstrap} (the first supervisor, never a default password: a random one,
 * printed once; a new initial password for a locked-out supervisor; the launcher's demo operator
 * and supervisor), hashing with the same {@code SecretHasher} the server uses and auditing every
 * account it writes as the system; and {@code PartnerRegistration}, which turns a partner's client
 * certificate into the SQL that registers it; {@code UserImportTool} ({@code ./cns import-utenti}),
 * the bulk import of already-enabled users with the page's file format, rules and report (worded by
 * {@code application.text}, the one part of the application a tool may use besides the ports). The
 * tools that write share one JDBC transaction ({@code Transactions}) and one audit row as the
 * system ({@code SystemAudit}). Never deployed: the EJB jar excludes this package and the {@code
 * tools} classifier jar holds it, for the launcher ({@code ./cns supervisor}) and the integration
 * tests ({@code TestOperators}, {@code TestDatabase}). Nothing else may depend on it ({@code
 * ArchitectureTest}).
 */
package it.cns.enrollment.infrastructure.tools;
