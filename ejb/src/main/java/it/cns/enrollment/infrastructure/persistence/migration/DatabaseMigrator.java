package it.cns.enrollment.infrastructure.persistence.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at deployment. Bean-managed transactions: Flyway manages its own
 * commits, which a container transaction on the JTA datasource would forbid.
 *
 * <p>Two database roles (issue #15): the migrations run on {@code CnsMigrationDS}, as the role that
 * owns the schema; the application runs on {@code CnsDS}, as a role the migrations grant only what
 * it needs - on the audit trail, reading and appending. The runtime role's name is read from its
 * own datasource, so that the grants can never name another role than the one the server uses.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = "java:jboss/datasources/CnsMigrationDS")
  DataSource migrationDataSource;

  @Resource(lookup = "java:jboss/datasources/CnsDS")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    String runtimeRole = currentUser(dataSource);
    String owner = currentUser(migrationDataSource);
    if (runtimeRole.equals(owner)) {
      LOG.warning(
          () ->
              "the runtime database role "
                  + runtimeRole
                  + " also owns the schema: it can change the audit trail; give"
                  + " CNS_DB_MIGRATION_USER a role of its own (docs/operations.md)");
    }
    Flyway flyway =
        Flyway.configure(DatabaseMigrator.class.getClassLoader())
            .dataSource(migrationDataSource)
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .placeholders(Map.of("runtime_role", runtimeRole))
            .load();
    MigrateResult result = flyway.migrate();
    LOG.info(
        () ->
            "database schema at version "
                + flyway.info().current().getVersion()
                + " ("
                + result.migrationsExecuted
                + " migrations applied now, as "
                + owner
                + "; the application runs as "
                + runtimeRole
                + ")");
  }

  private static String currentUser(DataSource source) {
    try (Connection connection = source.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select current_user")) {
      rows.next();
      return rows.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
    }
  }
}
