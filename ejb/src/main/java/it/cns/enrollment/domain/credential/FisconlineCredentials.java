package it.cns.enrollment.domain.credential;

import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.AccountType;
import it.cns.enrollment.domain.lock.LockState;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The Fisconline PIN and password of an account, as Argon2id hashes only, with the state of the
 * password (when set, whether it must be changed) and of the lockout: {@value #MAX_FAILED_ATTEMPTS}
 * consecutive wrong attempts lock the traditional login until a smartcard login or an office
 * unlocks it; a correct login resets the count.
 */
@Entity
@Table(name = "fisconline_credentials")
public class FisconlineCredentials {

  /** Consecutive wrong attempts that lock the credentials (the last of them locks). */
  public static final int MAX_FAILED_ATTEMPTS = 8;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "account_id", nullable = false, unique = true, updatable = false)
  private Account account;

  @Column(name = "pin_hash", nullable = false, length = 200)
  private String pinHash;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @Column(name = "previous_password_hash", length = 200)
  private String previousPasswordHash;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  // LockState's own column names are this table's (V2): no override, no migration.
  @Embedded private LockState lock = new LockState();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected FisconlineCredentials() {}

  private FisconlineCredentials(Account account, String pinHash, String passwordHash, Instant at) {
    this.account = Objects.requireNonNull(account, "account is required");
    this.pinHash = requireHash(pinHash, "PIN hash is required");
    this.passwordHash = requireHash(passwordHash, "password hash is required");
    this.issuedAt = Objects.requireNonNull(at, "issue instant is required");
    this.passwordChangedAt = at;
    this.mustChangePassword = true;
  }

  /**
   * New credentials for a Fisconline account: the hashes of a freshly issued PIN and initial
   * password, which must be changed at the first traditional login.
   */
  public static FisconlineCredentials issue(
      Account account, String pinHash, String initialPasswordHash, Instant at) {
    Objects.requireNonNull(account, "account is required");
    if (account.type() != AccountType.FISCONLINE) {
      throw new IllegalArgumentException("only Fisconline accounts have Fisconline credentials");
    }
    return new FisconlineCredentials(account, pinHash, initialPasswordHash, at);
  }

  private static String requireHash(String hash, String message) {
    if (Objects.requireNonNull(hash, message).isBlank()) {
      throw new IllegalArgumentException(message);
    }
    return hash;
  }

  /**
   * Whether both the password and the PIN are right. Both are always checked, whatever the first
   * answer, so the time taken does not tell which one was wrong.
   */
  public boolean matches(char[] password, char[] pin, SecretHasher hasher) {
    boolean passwordOk = hasher.verify(password, passwordHash);
    boolean pinOk = hasher.verify(pin, pinHash);
    return passwordOk & pinOk;
  }

  /** Whether {@code password} is the current password. */
  public boolean passwordMatches(char[] password, SecretHasher hasher) {
    return hasher.verify(password, passwordHash);
  }

  /**
   * Counts a wrong attempt; the {@value #MAX_FAILED_ATTEMPTS}th consecutive one locks.
   *
   * @return whether the credentials are locked now
   */
  public boolean recordFailure(Instant at) {
    return lock.recordFailure(at, MAX_FAILED_ATTEMPTS);
  }

  /** A correct login: the count of consecutive wrong attempts starts again from zero. */
  public void recordSuccess() {
    lock.recordSuccess();
  }

  /**
   * Clears the lock and the count (a smartcard login or an office did it).
   *
   * @return whether the credentials were locked
   */
  public boolean unlock() {
    return lock.unlock();
  }

  /**
   * Replaces the password (the caller has checked the policy): the current one becomes the previous
   * one, the expiry starts again, and no change is required any more.
   */
  public void changePassword(String newPasswordHash, Instant at) {
    String hash = requireHash(newPasswordHash, "password hash is required");
    this.previousPasswordHash = passwordHash;
    this.passwordHash = hash;
    this.passwordChangedAt = Objects.requireNonNull(at, "instant is required");
    this.mustChangePassword = false;
  }

  /** Replaces the stored hash of the same password (stronger hashing parameters). */
  public void rehashPassword(String passwordHash) {
    this.passwordHash = requireHash(passwordHash, "password hash is required");
  }

  /** Replaces the stored hash of the same PIN (stronger hashing parameters). */
  public void rehashPin(String pinHash) {
    this.pinHash = requireHash(pinHash, "PIN hash is required");
  }

  /** Whether the password is {@code validity} old or older at {@code now}. */
  public boolean isPasswordExpired(Instant now, Duration validity) {
    return !now.isBefore(passwordExpiresAt(validity));
  }

  public Instant passwordExpiresAt(Duration validity) {
    return passwordChangedAt.plus(validity);
  }

  /** Whether the next login must change the password: first login, or password expired. */
  public boolean passwordChangeRequired(Instant now, Duration validity) {
    return mustChangePassword || isPasswordExpired(now, validity);
  }

  /** The hashes the next password must not match: the current and the previous one. */
  public List<String> earlierPasswordHashes() {
    return previousPasswordHash == null
        ? List.of(passwordHash)
        : List.of(passwordHash, previousPasswordHash);
  }

  public Long id() {
    return id;
  }

  public Account account() {
    return account;
  }

  public String pinHash() {
    return pinHash;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String previousPasswordHash() {
    return previousPasswordHash;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant passwordChangedAt() {
    return passwordChangedAt;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  /** The lock the password and PIN guard (for the one attempt counter). */
  public LockState lock() {
    return lock;
  }

  public boolean isLocked() {
    return lock.isLocked();
  }

  @Override
  public String toString() {
    return "FisconlineCredentials[account="
        + (account == null ? null : account.id())
        + ", failedAttempts="
        + lock.failedAttempts()
        + ", locked="
        + isLocked()
        + "]";
  }
}
