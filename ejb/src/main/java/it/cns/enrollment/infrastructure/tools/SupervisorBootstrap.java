package it.cns.enrollment.infrastructure.tools;

import static it.cns.enrollment.infrastructure.tools.Transactions.inTransaction;

import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.credential.Password;
import it.cns.enrollment.domain.credential.PasswordPolicy;
import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.operator.Operator;
import it.cns.enrollment.domain.operator.OperatorRole;
import it.cns.enrollment.infrastructure.config.HasherSettings;
import it.cns.enrollment.infrastructure.config.Setting;
import it.cns.enrollment.infrastructure.config.Settings;
import it.cns.enrollment.infrastructure.security.CredentialSettings;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates intranet accounts from a terminal: the first supervisor, a new initial password for an
 * existing account, and the launcher's demo accounts. The password is random ({@link
 * Password#generateInitial} under {@link PasswordPolicy#operator()}), printed once on standard
 * output, stored only as an Argon2id hash (with the server's parameters, {@code CNS_ARGON2_*}), and
 * must be changed at the first login. Each write is audited (actor "system", channel SYSTEM, action
 * OPERATOR_ADMIN) in the same transaction.
 *
 * <p>Usage (database from {@code CNS_DB_URL}, {@code CNS_DB_USER}, {@code CNS_DB_PASSWORD}; the
 * launcher wraps it as {@code ./cns supervisor}):
 *
 * <pre>
 * SupervisorBootstrap &lt;username&gt; "&lt;display name&gt;"   create a supervisor (refused if the username exists)
 * SupervisorBootstrap --reset &lt;username&gt;              new initial password, lock and count cleared
 * SupervisorBootstrap --demo &lt;counter office name&gt;     demo supervisor and operator, if absent
 * </pre>
 */
public final class SupervisorBootstrap {

  /** The launcher's demo accounts: created once, their passwords printed when created. */
  static final String DEMO_SUPERVISOR = "demo.supervisore";

  static final String DEMO_OPERATOR = "demo.operatore";

  private static final SecureRandom RANDOM = new SecureRandom();

  private SupervisorBootstrap() {}

  /**
   * Creates an account with a fresh initial password and returns it (to be shown once and wiped).
   * An OPERATOR needs {@code counterOfficeId}; a SUPERVISOR may have none.
   *
   * @throws IllegalArgumentException for a username or display name that breaks the rules
   * @throws IllegalStateException when the username is taken
   * @throws SQLException when the database refuses (e.g. no such counter office)
   */
  public static Password create(
      Connection db,
      String username,
      String displayName,
      OperatorRole role,
      Long counterOfficeId,
      SecretHasher hasher)
      throws SQLException {
    String user = username(username);
    String name = displayName(displayName);
    Objects.requireNonNull(role, "role is required");
    Password password = Password.generateInitial(RANDOM, PasswordPolicy.operator());
    String hash = hash(password, hasher);
    return inTransaction(
        db,
        () -> {
          if (exists(db, user)) {
            password.wipe();
            throw new IllegalStateException("username " + user + " is taken");
          }
          try (PreparedStatement ps =
              db.prepareStatement(
                  "insert into operator (username, display_name, role, counter_office_id,"
                      + " password_hash, password_changed_at, must_change_password, created_at)"
                      + " values (?, ?, ?, ?, ?, now(), true, now())")) {
            ps.setString(1, user);
            ps.setString(2, name);
            ps.setString(3, role.name());
            ps.setObject(4, counterOfficeId);
            ps.setString(5, hash);
            ps.executeUpdate();
          }
          audit(db, role.name().toLowerCase(Locale.ROOT) + " " + user + " created from a terminal");
          return password;
        });
  }

  /**
   * Gives an existing account a new initial password (to be changed at the next login) and clears
   * its lock and count of wrong passwords: the way back in for a supervisor who is locked out.
   *
   * @throws IllegalStateException when there is no such account
   */
  public static Password resetPassword(Connection db, String username, SecretHasher hasher)
      throws SQLException {
    String user = username(username);
    Password password = Password.generateInitial(RANDOM, PasswordPolicy.operator());
    String hash = hash(password, hasher);
    return inTransaction(
        db,
        () -> {
          try (PreparedStatement ps =
              db.prepareStatement(
                  "update operator set password_hash = ?, password_changed_at = now(),"
                      + " must_change_password = true, failed_attempts = 0, locked_at = null,"
                      + " version = version + 1 where username = ?")) {
            ps.setString(1, hash);
            ps.setString(2, user);
            if (ps.executeUpdate() != 1) {
              password.wipe();
              throw new IllegalStateException("no account with username " + user);
            }
          }
          audit(db, "new initial password for " + user + " issued from a terminal");
          return password;
        });
  }

  private static String username(String typed) {
    return Operator.normaliseUsername(typed)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "username: 3-64 characters, a lower-case letter first, then a-z 0-9 . _ -"));
  }

  private static String displayName(String name) {
    if (name == null || name.isBlank() || name.strip().length() > 200) {
      throw new IllegalArgumentException("display name: 1-200 characters");
    }
    return name.strip();
  }

  private static String hash(Password password, SecretHasher hasher) {
    char[] chars = password.chars();
    try {
      return hasher.hash(chars);
    } finally {
      Arrays.fill(chars, '\0');
    }
  }

  private static boolean exists(Connection db, String username) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("select 1 from operator where username = ?")) {
      ps.setString(1, username);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static Optional<Long> counterOffice(Connection db, String name) throws SQLException {
    try (PreparedStatement ps =
        db.prepareStatement("select id from counter_office where name = ? and enabled")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  private static void audit(Connection db, String detail) throws SQLException {
    SystemAudit.record(db, AuditAction.OPERATOR_ADMIN, "OK", detail);
  }

  /** See the class comment for the arguments. Exit status 0, 1 (refused) or 2 (usage). */
  public static void main(String[] args) throws SQLException {
    // A terminal tool, outside the server: the same settings, from the process environment.
    Settings settings = Settings.environment();
    Optional<String> url = settings.explicit(Setting.CNS_DB_URL);
    if (url.isEmpty() || args.length == 0) {
      usage();
      return;
    }
    SecretHasher hasher = CredentialSettings.hasher(HasherSettings.from(settings));
    try (Connection db =
        DriverManager.getConnection(
            url.get(),
            settings.text(Setting.CNS_DB_USER),
            settings.explicit(Setting.CNS_DB_PASSWORD).orElse(null))) {
      switch (args[0]) {
        case "--reset" -> {
          requireArgs(args, 2);
          show(args[1], resetPassword(db, args[1], hasher));
        }
        case "--demo" -> {
          requireArgs(args, 2);
          demo(db, args[1], hasher);
        }
        default -> {
          requireArgs(args, 2);
          show(args[0], create(db, args[0], args[1], OperatorRole.SUPERVISOR, null, hasher));
        }
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("refused: " + e.getMessage());
      System.exit(1);
    }
  }

  private static void demo(Connection db, String counterOfficeName, SecretHasher hasher)
      throws SQLException {
    if (!exists(db, DEMO_SUPERVISOR)) {
      show(
          DEMO_SUPERVISOR,
          create(db, DEMO_SUPERVISOR, "Supervisore demo", OperatorRole.SUPERVISOR, null, hasher));
    } else {
      System.out.println(DEMO_SUPERVISOR + ": exists (password shown when it was created)");
    }
    if (!exists(db, DEMO_OPERATOR)) {
      long office =
          counterOffice(db, counterOfficeName)
              .orElseThrow(
                  () ->
                      new IllegalStateException("no enabled counter office " + counterOfficeName));
      show(
          DEMO_OPERATOR,
          create(db, DEMO_OPERATOR, "Operatore demo", OperatorRole.OPERATOR, office, hasher));
    } else {
      System.out.println(DEMO_OPERATOR + ": exists (password shown when it was created)");
    }
  }

  // The one place a password is printed: to the terminal of whoever ran the command, once.
  private static void show(String username, Password password) {
    System.out.println(
        username.strip().toLowerCase(Locale.ROOT)
            + ": initial password "
            + password.reveal()
            + "  (shown once; to be changed at the first login)");
    password.wipe();
  }

  private static void requireArgs(String[] args, int n) {
    if (args.length != n) {
      usage();
    }
  }

  private static void usage() {
    System.err.println(
        "usage (CNS_DB_URL, CNS_DB_USER, CNS_DB_PASSWORD set):\n"
            + "  SupervisorBootstrap <username> \"<display name>\"\n"
            + "  SupervisorBootstrap --reset <username>\n"
            + "  SupervisorBootstrap --demo \"<counter office name>\"");
    System.exit(2);
  }
}
