package it.cns.enrollment.infrastructure.persistence.jpa;

import org.eclipse.persistence.platform.database.PostgreSQLPlatform;

/**
 * EclipseLink's PostgreSQL platform, reading the id an identity column gave a new row from the
 * INSERT itself ({@code RETURNING}, through JDBC's generated keys) rather than from a second
 * statement ({@code select lastval()}) after it: one database round trip less per inserted row.
 * Issue #19: every partner status call writes an audit row, and the read-back was a third of that
 * call's statements. Named in persistence.xml ({@code eclipselink.target-database}).
 *
 * <p>The driver answers generated keys with every column of the row; EclipseLink takes the first,
 * so each identity table keeps its {@code id} as its first column (all migrations do).
 */
public class PostgreSqlReturningKeys extends PostgreSQLPlatform {

  private static final long serialVersionUID = 1L;

  public PostgreSqlReturningKeys() {
    setSupportsReturnGeneratedKeys(true);
  }
}
