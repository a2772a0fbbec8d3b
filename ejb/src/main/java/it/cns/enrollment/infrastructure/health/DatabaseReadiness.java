package it.cns.enrollment.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * DOWN while PostgreSQL cannot be reached: every use case needs it. Takes a connection from the
 * application's pool (validated on match, so a dead connection is replaced, not reported UP) and
 * asks the driver whether it is valid; when the database comes back, the next probe is UP again
 * without a redeploy.
 */
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  static final String NAME = "database";
  private static final int VALID_TIMEOUT_SECONDS = 2;

  @Resource(lookup = "java:jboss/datasources/CnsDS")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(VALID_TIMEOUT_SECONDS);
      return Verdicts.of(NAME, valid, Map.of("connection", valid ? "valid" : "invalid"));
    } catch (SQLException e) {
      // The class and SQL state say enough; the message can carry the JDBC URL.
      return Verdicts.of(
          NAME,
          false,
          Map.of(
              "error", e.getClass().getSimpleName(), "sqlState", String.valueOf(e.getSQLState())));
    }
  }
}
