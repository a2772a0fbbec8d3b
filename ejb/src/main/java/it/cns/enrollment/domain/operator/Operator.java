package it.cns.enrollment.domain.operator;

import it.cns.enrollment.domain.counter.CounterOffice;
import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.lock.LockState;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An intranet user: an operator at a counter office, or a supervisor (who may have no office).
 * Holds the password only as an Argon2id hash. A new account, and one whose password a supervisor
 * reset, must change its password at the next login. Wrong passwords are counted; the {@link
 * OperatorLockout#maxFailedAttempts()}th consecutive one locks the account until a supervisor
 * unlocks it. A disabled account cannot log in at all.
 */
@Entity
@Table(name = "operator")
public class Operator {

  /** The database's rule (ck_operator_username): what an operator types at login. */
  static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");

  static final int DISPLAY_NAME_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "username", nullable = false, length = 64, updatable = false)
  private String username;

  @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 16)
  private OperatorRole role;

  @ManyToOne
  @JoinColumn(name = "counter_office_id")
  private CounterOffice counterOffice;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  // LockState's own column names are this table's (V4): no override, no migration.
  @Embedded private LockState lock = new LockState();

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Operator() {}

  private Operator(
      String username,
      String displayName,
      OperatorRole role,
      CounterOffice office,
      String passwordHash,
      Instant at) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = requireHash(passwordHash);
    this.passwordChangedAt = at;
    this.mustChangePassword = true;
    this.enabled = true;
    this.createdAt = at;
    assign(role, office);
  }

  /**
   * A new account with an initial password (its hash) that must be changed at the first login.
   *
   * @throws InvalidOperatorException for a username or display name that breaks the rules
   * @throws BusinessRefusal COUNTER_OFFICE_REQUIRED for an operator without an enabled office
   */
  public static Operator create(
      String username,
      String displayName,
      OperatorRole role,
      CounterOffice office,
      String initialPasswordHash,
      Instant at) {
    Objects.requireNonNull(at, "creation instant is required");
    return new Operator(
        validUsername(username),
        validDisplayName(displayName),
        role,
        office,
        initialPasswordHash,
        at);
  }

  /**
   * The username as stored: trimmed, lower case; empty when it cannot be one (so a login with it is
   * refused like an unknown user, and nothing typed there reaches the audit trail).
   */
  public static Optional<String> normaliseUsername(String typed) {
    if (typed == null || typed.length() > 128) {
      return Optional.empty();
    }
    String u = typed.strip().toLowerCase(Locale.ROOT);
    return USERNAME.matcher(u).matches() ? Optional.of(u) : Optional.empty();
  }

  private static String validUsername(String typed) {
    return normaliseUsername(typed)
        .orElseThrow(() -> new InvalidOperatorException("username breaks the rule"));
  }

  private static String validDisplayName(String name) {
    if (name == null || name.isBlank()) {
      throw new InvalidOperatorException("display name is required");
    }
    String n = name.strip();
    if (n.length() > DISPLAY_NAME_MAX) {
      throw new InvalidOperatorException("display name too long");
    }
    return n;
  }

  private static String requireHash(String hash) {
    if (hash == null || !hash.startsWith("$argon2id$")) {
      throw new IllegalArgumentException("an Argon2id password hash is required");
    }
    return hash;
  }

  /**
   * Gives the account a role and an office. An operator needs an enabled office; a supervisor may
   * have one (to work at a counter too) or none.
   *
   * @throws BusinessRefusal COUNTER_OFFICE_REQUIRED
   */
  public void assign(OperatorRole newRole, CounterOffice office) {
    Objects.requireNonNull(newRole, "role is required");
    boolean officeChanges = office != null && office != counterOffice;
    if ((newRole == OperatorRole.OPERATOR && office == null)
        || (officeChanges && !office.isEnabled())) {
      throw new BusinessRefusal(
          ErrorCode.COUNTER_OFFICE_REQUIRED, "an operator needs an enabled counter office");
    }
    this.role = newRole;
    this.counterOffice = office;
  }

  /** Whether {@code password} is this account's password (an Argon2 verification). */
  public boolean passwordMatches(char[] password, SecretHasher hasher) {
    return hasher.verify(password, passwordHash);
  }

  /**
   * Counts a wrong password; the {@code lockout.maxFailedAttempts()}th consecutive one locks.
   *
   * @return whether the account is locked now
   */
  public boolean recordFailure(Instant at, OperatorLockout lockout) {
    return lock.recordFailure(at, lockout.maxFailedAttempts());
  }

  /** A right password: the count of consecutive wrong ones starts again. */
  public void recordSuccess() {
    if (!mayLogIn()) {
      throw new IllegalStateException("a locked or disabled account cannot log in");
    }
    lock.recordSuccess();
  }

  /**
   * Clears the lock and the count of wrong passwords (a supervisor did it).
   *
   * @return whether the account was locked
   */
  public boolean unlock() {
    return lock.unlock();
  }

  public void disable() {
    enabled = false;
  }

  public void enable() {
    enabled = true;
  }

  /** The operator chose a new password (the caller checked the policy): no change is due now. */
  public void changePassword(String newHash, Instant at) {
    this.passwordHash = requireHash(newHash);
    this.passwordChangedAt = Objects.requireNonNull(at, "instant is required");
    this.mustChangePassword = false;
  }

  /**
   * A supervisor issued a new initial password: it must be changed at the next login, and the lock
   * and count are cleared (the supervisor has just dealt with this account).
   */
  public void resetPassword(String initialHash, Instant at) {
    this.passwordHash = requireHash(initialHash);
    this.passwordChangedAt = Objects.requireNonNull(at, "instant is required");
    this.mustChangePassword = true;
    unlock();
  }

  /** Replaces the hash of the same password (stronger hashing parameters). */
  public void rehashPassword(String hash) {
    this.passwordHash = requireHash(hash);
  }

  /** Whether the next login must change the password: first login, reset, or expired. */
  public boolean passwordChangeRequired(Instant now, Duration validity) {
    return mustChangePassword || !now.isBefore(passwordChangedAt.plus(validity));
  }

  /** Enabled and not locked. */
  public boolean mayLogIn() {
    return enabled && !isLocked();
  }

  public boolean isSupervisor() {
    return role == OperatorRole.SUPERVISOR;
  }

  /** The audit actor: "operator:&lt;username&gt;" or "supervisor:&lt;username&gt;". */
  public String actor() {
    return role.actor(username);
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public void rename(String newDisplayName) {
    this.displayName = validDisplayName(newDisplayName);
  }

  public OperatorRole role() {
    return role;
  }

  public Optional<CounterOffice> counterOffice() {
    return Optional.ofNullable(counterOffice);
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Instant passwordChangedAt() {
    return passwordChangedAt;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  /** The lock the password guards (for the one attempt counter). */
  public LockState lock() {
    return lock;
  }

  public boolean isLocked() {
    return lock.isLocked();
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public String toString() {
    return "Operator["
        + username
        + ", "
        + role
        + (enabled ? "" : ", disabled")
        + (isLocked() ? ", locked" : "")
        + "]";
  }
}
