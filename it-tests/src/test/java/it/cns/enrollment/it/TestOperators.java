package it.cns.enrollment.it;

import it.cns.enrollment.domain.credential.Password;
import it.cns.enrollment.domain.operator.OperatorRole;
import it.cns.enrollment.infrastructure.security.Argon2idHasher;
import it.cns.enrollment.infrastructure.tools.SupervisorBootstrap;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Intranet accounts and counter offices for the tests, written to the test database through the
 * same code path as {@code ./cns supervisor} (SupervisorBootstrap): random initial password,
 * Argon2id hash, change required at the first login.
 */
final class TestOperators {

  private static final SecureRandom RANDOM = new SecureRandom();

  // The OWASP minimum the server uses by default too.
  private static final Argon2idHasher HASHER =
      new Argon2idHasher(
          Argon2idHasher.DEFAULT_MEMORY_KIB,
          Argon2idHasher.DEFAULT_ITERATIONS,
          Argon2idHasher.DEFAULT_PARALLELISM);

  private TestOperators() {}

  /** An account as created: username and its initial password. */
  record Account(String username, String password) {}

  static String uniqueSuffix() {
    return Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
  }

  /** A new counter office (enabled or not), with a unique name; its id. */
  static long counterOffice(String namePrefix, boolean enabled) {
    String name = namePrefix + " " + uniqueSuffix();
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into counter_office (name, health_agency, address, opening_hours, enabled)"
                    + " values (?, 'Azienda ULSS di prova', 'Via di Prova 1, 35100 Padova',"
                    + " 'Lun-ven 9-12', ?) returning id")) {
      ps.setString(1, name);
      ps.setBoolean(2, enabled);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static Account operator(long counterOfficeId) {
    return create(OperatorRole.OPERATOR, counterOfficeId);
  }

  static Account supervisor() {
    return create(OperatorRole.SUPERVISOR, null);
  }

  static Account create(OperatorRole role, Long counterOfficeId) {
    String username = "it." + role.name().toLowerCase(Locale.ROOT) + "." + uniqueSuffix();
    try (Connection c = TestDatabase.connect()) {
      Password password =
          SupervisorBootstrap.create(
              c, username, "Prova " + role.name(), role, counterOfficeId, HASHER);
      try {
        ShownSecrets.record(
            ShownSecrets.Kind.INITIAL_PASSWORD, password.reveal(), "operator " + username);
        return new Account(username, password.reveal());
      } finally {
        password.wipe();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void rename(long counterOfficeId, String name) {
    update("update counter_office set name = ? where id = ?", name, counterOfficeId);
  }

  /** Changes the role in the database only (as another supervisor would, during a session). */
  static void promoteToSupervisor(String username) {
    update("update operator set role = 'SUPERVISOR' where username = ?", username);
  }

  /** Locks the account as five wrong passwords would. */
  static void lock(String username) {
    update(
        "update operator set locked_at = now(), failed_attempts = 5 where username = ?", username);
  }

  static void disable(String username) {
    update("update operator set enabled = false where username = ?", username);
  }

  /** What the operator's row says: failed_attempts, locked, enabled, must change, role. */
  static List<String> state(String username) {
    return strings(
        "select failed_attempts || ',' || (locked_at is not null) || ',' || enabled || ','"
            + " || must_change_password || ',' || role from operator where username = ?",
        username);
  }

  static String passwordHash(String username) {
    return strings("select password_hash from operator where username = ?", username).get(0);
  }

  /** Outcomes of the audit events of an action whose actor is this account, oldest first. */
  static List<String> auditOutcomes(String actor, String action) {
    return strings(
        "select outcome from audit_event where actor = ? and action = ? order by id",
        actor,
        action);
  }

  /** Channels of the audit events of an action by this actor, oldest first. */
  static List<String> auditChannels(String actor, String action) {
    return strings(
        "select channel from audit_event where actor = ? and action = ? order by id",
        actor,
        action);
  }

  /** Details of the audit events of an action by this actor, oldest first. */
  static List<String> auditDetails(String actor, String action) {
    return strings(
        "select coalesce(detail, '') from audit_event where actor = ? and action = ? order by id",
        actor,
        action);
  }

  private static void update(String sql, Object... args) {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> strings(String sql, Object... args) {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
