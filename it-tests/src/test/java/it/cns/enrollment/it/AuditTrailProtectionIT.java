package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two database roles (issue #15): the schema belongs to {@code cns_owner}, the migrations' role;
 * the server works as {@code cns}, which may only append to and read the audit trail. Each refusal
 * is tried for real on the database the deployed application migrated.
 */
class AuditTrailProtectionIT extends DeployedApplication {

  /** PostgreSQL's insufficient_privilege. */
  private static final String NO_PRIVILEGE = "42501";

  /** PostgreSQL's raise_exception: the append-only trigger. */
  private static final String TRIGGER_REFUSED = "P0001";

  // A row the application can read back (a known action and channel), on a day no other test
  // looks at, and within the audit retention (RetentionIT): the retention job runs every 2 s in
  // the tests and would purge a row older than ten years while this test looks at it.
  private static final String PROBE_ROW =
      "insert into audit_event (occurred_at, actor, channel, action, outcome, detail)"
          + " values (now() - interval '5 years', 'system', 'SYSTEM', 'MAIL_DELIVERY', 'OK', ?)";

  @Test
  void theRuntimeRoleAppendsToAndReadsTheAuditTrailButCannotChangeIt() throws Exception {
    String marker = "probe-" + System.nanoTime();
    try (Connection runtime = TestDatabase.connect()) {
      try (var insert = runtime.prepareStatement(PROBE_ROW)) {
        insert.setString(1, marker);
        assertThat(insert.executeUpdate()).isEqualTo(1);
      }
      String where = " where detail = '" + marker + "'";
      assertThat(count(runtime, "select count(*) from audit_event" + where)).isEqualTo(1);

      refused(runtime, "update audit_event set outcome = 'FORGED'" + where, NO_PRIVILEGE);
      refused(runtime, "delete from audit_event" + where, NO_PRIVILEGE);
      refused(runtime, "truncate audit_event", NO_PRIVILEGE);
      refused(runtime, "alter table audit_event disable trigger all", NO_PRIVILEGE);
      refused(runtime, "drop trigger audit_event_append_only on audit_event", NO_PRIVILEGE);

      assertThat(count(runtime, "select count(*) from audit_event" + where)).isEqualTo(1);
      assertThat(count(runtime, "select count(*) from audit_event where outcome = 'FORGED'"))
          .isZero();
    }
  }

  @Test
  void theOwnerRoleIsRefusedUpdateDeleteAndTruncateByTheTriggers() throws Exception {
    try (Connection owner = TestDatabase.connectAsOwner()) {
      long before = count(owner, "select count(*) from audit_event");
      refused(owner, "update audit_event set outcome = 'FORGED'", TRIGGER_REFUSED);
      refused(owner, "delete from audit_event", TRIGGER_REFUSED);
      refused(owner, "truncate audit_event", TRIGGER_REFUSED);
      assertThat(count(owner, "select count(*) from audit_event")).isEqualTo(before);
    }
  }

  @Test
  void theSchemaBelongsToTheOwnerRoleAndTheRuntimeRoleCannotChangeIt() throws Exception {
    try (Connection runtime = TestDatabase.connect()) {
      assertThat(
              strings(
                  runtime,
                  "select tablename || ' ' || tableowner from pg_tables"
                      + " where schemaname = 'public' and tableowner <> 'cns_owner'"))
          .isEmpty();
      assertThat(count(runtime, "select count(*) from pg_tables where schemaname = 'public'"))
          .isGreaterThan(10);
      refused(runtime, "create table it_probe (id int)", NO_PRIVILEGE);
      refused(runtime, "alter table account add column it_probe int", NO_PRIVILEGE);
      refused(runtime, "select count(*) from flyway_schema_history", NO_PRIVILEGE);
      // What the application needs of other tables is still granted.
      assertThat(count(runtime, "select count(*) from account")).isNotNegative();
    }
  }

  private static void refused(Connection connection, String sql, String sqlState) {
    assertThatThrownBy(
            () -> {
              try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
              }
            })
        .as(sql)
        .isInstanceOfSatisfying(
            SQLException.class, e -> assertThat(e.getSQLState()).as(sql).isEqualTo(sqlState));
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static List<String> strings(Connection connection, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        out.add(rows.getString(1));
      }
    }
    return out;
  }
}
