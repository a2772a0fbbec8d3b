package it.cns.enrollment.application;

import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.AccountRepository;
import it.cns.enrollment.domain.account.AccountType;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.credential.FisconlineCredentials;
import it.cns.enrollment.domain.credential.FisconlineCredentialsRepository;
import it.cns.enrollment.domain.credential.PasswordPolicy;
import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.domain.identity.InvalidCodiceFiscaleException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks Fisconline secrets and counts wrong attempts, each check in a transaction of its own that
 * commits whatever the verdict: a refused login must still leave its failed attempt (and its audit
 * event) in the database, while the caller's refusal rolls its own transaction back. So the methods
 * here never throw for a wrong secret; they return a {@link Verdict} and {@link
 * TraditionalLoginService} turns it into the typed refusal.
 *
 * <p>Timing: for an unknown or malformed codice fiscale, an Entratel account or a locked account,
 * the submitted secrets are still checked - against {@link SecretHasher#dummyHash()} where there is
 * no stored hash - and the password and the PIN are always both checked, so the time taken does not
 * tell whether the codice fiscale exists or which secret was wrong.
 *
 * <p>Concurrency: the credentials row is locked (SELECT ... FOR UPDATE) for the attempt, so
 * simultaneous attempts on one account are counted one after the other and none is lost.
 */
@Stateless
public class LoginAttempts {

  /** What a check decided. */
  public enum Verdict {
    ACCEPTED,
    INVALID_CREDENTIALS,
    ACCOUNT_LOCKED
  }

  /** The verdict, and for an accepted login its outcome. */
  public record Result(Verdict verdict, LoginOutcome outcome) {
    static Result refused(Verdict verdict) {
      return new Result(verdict, null);
    }
  }

  @Inject AccountRepository accounts;
  @Inject FisconlineCredentialsRepository credentials;
  @Inject AuditRecorder audit;
  @Inject SecretHasher hasher;
  @Inject PasswordPolicy policy;
  @Inject Clock clock;
  @Inject Caller caller;

  /**
   * A traditional login: codice fiscale, password and PIN. A wrong attempt is counted (the 8th
   * consecutive one locks); a correct one resets the count; a locked account is refused even with
   * the right secrets. Audited as PASSWORD_LOGIN in this same transaction.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Result login(String codiceFiscale, char[] password, char[] pin) {
    Instant now = clock.instant();
    Optional<CodiceFiscale> cf = parse(codiceFiscale);
    Optional<Account> account = cf.flatMap(accounts::findByCodiceFiscale);
    Optional<FisconlineCredentials> found =
        account
            .filter(a -> a.type() == AccountType.FISCONLINE)
            .flatMap(credentials::findByAccountForUpdate);
    if (found.isEmpty()) {
      equaliseTiming(password, pin);
      record(
          AuditAction.PASSWORD_LOGIN,
          cf,
          now,
          Verdict.INVALID_CREDENTIALS,
          noCredentials(cf, account));
      return Result.refused(Verdict.INVALID_CREDENTIALS);
    }
    FisconlineCredentials c = found.get();
    boolean right = c.matches(nonNull(password), nonNull(pin), hasher);
    if (c.isLocked()) {
      record(
          AuditAction.PASSWORD_LOGIN,
          cf,
          now,
          Verdict.ACCOUNT_LOCKED,
          "credentials locked since " + c.lockedAt());
      return Result.refused(Verdict.ACCOUNT_LOCKED);
    }
    if (!right) {
      return failure(c, AuditAction.PASSWORD_LOGIN, cf, now, "password or PIN wrong");
    }
    c.recordSuccess();
    rehashIfWeaker(c, password, pin);
    boolean mustChange = c.passwordChangeRequired(now, policy.validity());
    record(
        AuditAction.PASSWORD_LOGIN,
        cf,
        now,
        Verdict.ACCEPTED,
        mustChange ? "password change required" : null);
    Account a = c.account();
    return new Result(
        Verdict.ACCEPTED,
        new LoginOutcome(
            a.codiceFiscale().toString(),
            a.displayName(),
            mustChange,
            c.passwordExpiresAt(policy.validity())));
  }

  /**
   * Checks the current password before a password change. A wrong one counts as a failed attempt
   * (otherwise the change form would be a way to guess passwords without limit); a right one does
   * not reset the count, since the PIN was not proven. A refusal is audited as PASSWORD_CHANGE
   * here; the accepted case is audited by the change itself.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Verdict checkCurrentPassword(String codiceFiscale, char[] currentPassword) {
    Instant now = clock.instant();
    Optional<CodiceFiscale> cf = parse(codiceFiscale);
    Optional<Account> account = cf.flatMap(accounts::findByCodiceFiscale);
    Optional<FisconlineCredentials> found =
        account
            .filter(a -> a.type() == AccountType.FISCONLINE)
            .flatMap(credentials::findByAccountForUpdate);
    if (found.isEmpty()) {
      hasher.verify(nonNull(currentPassword), hasher.dummyHash());
      record(
          AuditAction.PASSWORD_CHANGE,
          cf,
          now,
          Verdict.INVALID_CREDENTIALS,
          noCredentials(cf, account));
      return Verdict.INVALID_CREDENTIALS;
    }
    FisconlineCredentials c = found.get();
    boolean right = c.passwordMatches(nonNull(currentPassword), hasher);
    if (c.isLocked()) {
      record(
          AuditAction.PASSWORD_CHANGE,
          cf,
          now,
          Verdict.ACCOUNT_LOCKED,
          "credentials locked since " + c.lockedAt());
      return Verdict.ACCOUNT_LOCKED;
    }
    if (!right) {
      return failure(c, AuditAction.PASSWORD_CHANGE, cf, now, "current password wrong").verdict();
    }
    return Verdict.ACCEPTED;
  }

  private Result failure(
      FisconlineCredentials c,
      AuditAction action,
      Optional<CodiceFiscale> cf,
      Instant now,
      String what) {
    boolean lockedNow = c.recordFailure(now);
    Verdict verdict = lockedNow ? Verdict.ACCOUNT_LOCKED : Verdict.INVALID_CREDENTIALS;
    record(
        action,
        cf,
        now,
        verdict,
        what
            + ", consecutive wrong attempt "
            + c.failedAttempts()
            + " of "
            + FisconlineCredentials.MAX_FAILED_ATTEMPTS
            + (lockedNow ? ": locked" : ""));
    return Result.refused(verdict);
  }

  /** Two Argon2 verifications, as many as a real check costs; the result is irrelevant. */
  private void equaliseTiming(char[] password, char[] pin) {
    String dummy = hasher.dummyHash();
    hasher.verify(nonNull(password), dummy);
    hasher.verify(nonNull(pin), dummy);
  }

  private void rehashIfWeaker(FisconlineCredentials c, char[] password, char[] pin) {
    if (hasher.needsRehash(c.passwordHash())) {
      c.rehashPassword(hasher.hash(password));
    }
    if (hasher.needsRehash(c.pinHash())) {
      c.rehashPin(hasher.hash(pin));
    }
  }

  private static String noCredentials(Optional<CodiceFiscale> cf, Optional<Account> account) {
    if (cf.isEmpty()) {
      return "malformed codice fiscale";
    }
    if (account.isEmpty()) {
      return "no account for the codice fiscale";
    }
    return account.get().type() == AccountType.FISCONLINE
        ? "Fisconline account without credentials"
        : "account type " + account.get().type() + " has no Fisconline credentials";
  }

  private void record(
      AuditAction action, Optional<CodiceFiscale> cf, Instant now, Verdict verdict, String detail) {
    // This transaction always commits, so even refusals are recorded "as a change" in it.
    audit.recordChange(
        AuditEvent.of(action, caller.channel(), caller.auditName(), now)
            // Only a well-formed codice fiscale is recorded: whatever else was typed in the field
            // might be a secret typed in the wrong box.
            .subject(cf.map(CodiceFiscale::toString).orElse(null))
            .requestId(caller.requestId())
            .outcome(verdict == Verdict.ACCEPTED ? AuditEvent.OUTCOME_OK : verdict.name())
            .detail(detail)
            .build());
  }

  static Optional<CodiceFiscale> parse(String raw) {
    if (raw == null || raw.length() > 64) {
      return Optional.empty();
    }
    try {
      return Optional.of(CodiceFiscale.parse(raw));
    } catch (InvalidCodiceFiscaleException e) {
      return Optional.empty();
    }
  }

  private static char[] nonNull(char[] secret) {
    return secret == null ? new char[0] : secret;
  }

  static ErrorCode errorCode(Verdict verdict) {
    return verdict == Verdict.ACCOUNT_LOCKED
        ? ErrorCode.ACCOUNT_LOCKED
        : ErrorCode.INVALID_CREDENTIALS;
  }
}
