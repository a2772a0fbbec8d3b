package it.cns.enrollment.application.credentials;

import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.application.security.Audited;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.LoginThrottle;
import it.cns.enrollment.application.security.RefusalSubject;
import it.cns.enrollment.application.security.SecretAttempts;
import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.AccountRepository;
import it.cns.enrollment.domain.account.AccountType;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.credential.FisconlineCredentials;
import it.cns.enrollment.domain.credential.FisconlineCredentialsRepository;
import it.cns.enrollment.domain.credential.PasswordPolicy;
import it.cns.enrollment.domain.credential.PasswordPolicyException;
import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.domain.identity.InvalidCodiceFiscaleException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Traditional Fisconline login (codice fiscale + password + PIN, public listener), the password
 * change it may require, and the unlock a smartcard login grants.
 *
 * <p>Refusals: {@code INVALID_CREDENTIALS} for an unknown or malformed codice fiscale, a wrong
 * password, a wrong PIN, or an account without Fisconline credentials (Entratel) - never saying
 * which; and the same for a locked account (from the 8th consecutive wrong attempt on, even with
 * the right secrets, until a smartcard login ({@link #unlockBySmartcard}) or a supervisor at the
 * office ({@link #unlockByOffice}) unlocks it), so that the answer never tells whether an account
 * exists. The audit trail records ACCOUNT_LOCKED, and the holder is told of the lock by mail
 * ({@link LockNotice}). {@code TOO_MANY_ATTEMPTS} before any check while earlier wrong attempts on
 * the codice fiscale typed, or from the client's address, still delay the next ({@link
 * LoginThrottle}).
 *
 * <p>Transactions: the secrets are checked and wrong attempts counted through {@link
 * SecretAttempts} in a transaction of its own, which commits even when this service then refuses;
 * the refusal thrown here rolls back nothing that matters.
 *
 * <p>Timing: for an unknown or malformed codice fiscale, an Entratel account or a locked account,
 * the submitted secrets are still checked - against {@link SecretHasher#dummyHash()} where there is
 * no stored hash - and the password and the PIN are always both checked, so the time taken does not
 * tell whether the codice fiscale exists or which secret was wrong.
 */
@Stateless
// Open to every channel but the method that says otherwise: WildFly denies the unannotated methods
// of a bean with any role annotation (default-missing-method-permissions-deny-access).
@PermitAll
public class TraditionalLoginService {

  private static final Logger LOG = Logger.getLogger(TraditionalLoginService.class.getName());

  @Inject SecretAttempts attempts;
  @Inject AccountRepository accounts;
  @Inject FisconlineCredentialsRepository credentials;
  @Inject AuditRecorder audit;
  @Inject SecretHasher hasher;
  @Inject PasswordPolicy policy;
  @Inject Clock clock;
  @Inject Caller caller;
  @Inject LockNotice lockNotice;
  @Inject LoginThrottle throttle;

  /** The 8th consecutive wrong attempt locks; the change form counts towards it too. */
  static final SecretAttempts.Guard LOGIN =
      new SecretAttempts.Guard(
          FisconlineCredentials.MAX_FAILED_ATTEMPTS,
          ErrorCode.INVALID_CREDENTIALS,
          ErrorCode.ACCOUNT_LOCKED,
          "password or PIN wrong",
          "credentials locked",
          "locked",
          false);

  /** The change form tells the lock: only a holder who has just logged in reaches it. */
  static final SecretAttempts.Guard CURRENT_PASSWORD =
      new SecretAttempts.Guard(
          FisconlineCredentials.MAX_FAILED_ATTEMPTS,
          ErrorCode.INVALID_CREDENTIALS,
          ErrorCode.ACCOUNT_LOCKED,
          "current password wrong",
          "credentials locked",
          "locked");

  /**
   * Logs in with codice fiscale, password and PIN. The caller owns the arrays and wipes them.
   *
   * @return who logged in and whether the password must be changed now
   * @throws BusinessRefusal INVALID_CREDENTIALS or ACCOUNT_LOCKED
   */
  // No transaction here: all the work, and what must survive a refusal, is in the attempt's.
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public LoginOutcome login(String codiceFiscale, char[] password, char[] pin) {
    LoginOutcome outcome =
        attemptLogin(codiceFiscale, password, pin).orRefuse("traditional login refused");
    LOG.fine(() -> "traditional login, channel " + caller.channel());
    return outcome;
  }

  /**
   * One login attempt, in its own transaction: a wrong one is counted (the 8th consecutive one
   * locks), a right one resets the count, a locked account is refused even with the right secrets.
   * Audited as PASSWORD_LOGIN there. Returns the refusal instead of throwing it.
   */
  SecretAttempts.Verdict<LoginOutcome> attemptLogin(
      String codiceFiscale, char[] password, char[] pin) {
    return attempts.attempt(
        keys(codiceFiscale),
        now -> checkLogin(codiceFiscale, nonNull(password), nonNull(pin), now));
  }

  private SecretAttempts.Verdict<LoginOutcome> checkLogin(
      String codiceFiscale, char[] password, char[] pin, Instant now) {
    Optional<CodiceFiscale> cf = parse(codiceFiscale);
    Optional<Account> account = cf.flatMap(accounts::findByCodiceFiscale);
    Optional<FisconlineCredentials> found = credentialsForUpdate(account);
    AuditEvent.Builder event = event(AuditAction.PASSWORD_LOGIN, cf.orElse(null), now);
    if (found.isEmpty()) {
      // Two Argon2 verifications, as many as a real check costs; the result is irrelevant.
      String dummy = hasher.dummyHash();
      hasher.verify(password, dummy);
      hasher.verify(pin, dummy);
      return attempts.refuse(event, ErrorCode.INVALID_CREDENTIALS, noCredentials(cf, account));
    }
    FisconlineCredentials c = found.get();
    boolean right = c.matches(password, pin, hasher);
    boolean wasLocked = c.isLocked();
    Optional<SecretAttempts.Verdict<LoginOutcome>> refused =
        attempts.judge(c.lock(), right, LOGIN, event, now);
    noticeIfLockedNow(c, wasLocked, now);
    if (refused.isPresent()) {
      return refused.get();
    }
    c.recordSuccess();
    rehashIfWeaker(c, password, pin);
    boolean mustChange = c.passwordChangeRequired(now, policy.validity());
    audit.recordChange(
        event.detail(AuditDetails.of("passwordChange", mustChange ? "required" : null)).build());
    Account a = c.account();
    return SecretAttempts.Verdict.accepted(
        new LoginOutcome(
            a.codiceFiscale().toString(),
            a.displayName(),
            mustChange,
            c.passwordExpiresAt(policy.validity())));
  }

  /**
   * Changes the password: the current one must be right (a wrong one counts as a failed attempt and
   * may lock; a right one does not reset the count), the new one must satisfy the {@link
   * PasswordPolicy}, including being different from the current and the previous password. The old
   * hash becomes the previous one, the 90 days start again and no change is required any more. The
   * caller owns the arrays and wipes them.
   *
   * @throws BusinessRefusal INVALID_CREDENTIALS, ACCOUNT_LOCKED, or PASSWORD_POLICY ({@link
   *     PasswordPolicyException} names the rule)
   */
  @Audited(AuditAction.PASSWORD_CHANGE)
  public void changePassword(String codiceFiscale, char[] currentPassword, char[] newPassword) {
    attempts
        .attempt(
            keys(codiceFiscale),
            now -> checkCurrentPassword(codiceFiscale, nonNull(currentPassword), now))
        .orRefuse("password change refused: current password not accepted");
    CodiceFiscale cf = CodiceFiscale.parse(codiceFiscale); // accepted, so well formed
    RefusalSubject.about(cf.toString());
    FisconlineCredentials c =
        accounts
            .findByCodiceFiscale(cf)
            .flatMap(credentials::findByAccountForUpdate)
            .orElseThrow(
                () ->
                    new BusinessRefusal(ErrorCode.INVALID_CREDENTIALS, "credentials disappeared"));
    String hash = NewPassword.hash(newPassword, policy, c.earlierPasswordHashes(), hasher);
    Instant now = clock.instant();
    c.changePassword(hash, now);
    audit.recordChange(
        event(AuditAction.PASSWORD_CHANGE, cf, now)
            .detail(AuditDetails.of("passwordExpires", c.passwordExpiresAt(policy.validity())))
            .build());
  }

  /**
   * Checks the current password before a change, in its own transaction. A wrong one counts as a
   * failed attempt (otherwise the change form would be a way to guess passwords without limit); a
   * right one does not reset the count, since the PIN was not proven. A refusal is audited as
   * PASSWORD_CHANGE there; the accepted case is audited by the change itself.
   */
  private SecretAttempts.Verdict<Void> checkCurrentPassword(
      String codiceFiscale, char[] password, Instant now) {
    Optional<CodiceFiscale> cf = parse(codiceFiscale);
    Optional<Account> account = cf.flatMap(accounts::findByCodiceFiscale);
    Optional<FisconlineCredentials> found = credentialsForUpdate(account);
    AuditEvent.Builder event = event(AuditAction.PASSWORD_CHANGE, cf.orElse(null), now);
    if (found.isEmpty()) {
      hasher.verify(password, hasher.dummyHash());
      return attempts.refuse(event, ErrorCode.INVALID_CREDENTIALS, noCredentials(cf, account));
    }
    FisconlineCredentials c = found.get();
    boolean right = c.passwordMatches(password, hasher);
    boolean wasLocked = c.isLocked();
    Optional<SecretAttempts.Verdict<Void>> refused =
        attempts.judge(c.lock(), right, CURRENT_PASSWORD, event, now);
    noticeIfLockedNow(c, wasLocked, now);
    return refused.orElse(SecretAttempts.Verdict.accepted(null));
  }

  /**
   * The holder hears of a lock by mail (the page does not say it): once, when this attempt locked.
   */
  private void noticeIfLockedNow(FisconlineCredentials c, boolean wasLocked, Instant now) {
    if (!wasLocked && c.isLocked()) {
      boolean sent = lockNotice.citizenLocked(c.account(), now);
      LOG.info(() -> "Fisconline credentials locked" + (sent ? ", holder notified by mail" : ""));
    }
  }

  /** What an attempt on {@code codiceFiscale} is throttled under, from the caller's address. */
  private LoginThrottle.Keys keys(String codiceFiscale) {
    return throttle.keys(
        LoginThrottle.CITIZEN,
        parse(codiceFiscale).map(CodiceFiscale::toString),
        caller.clientAddress());
  }

  /** The credentials of a Fisconline account, row locked for the attempt. */
  private Optional<FisconlineCredentials> credentialsForUpdate(Optional<Account> account) {
    return account
        .filter(a -> a.type() == AccountType.FISCONLINE)
        .flatMap(credentials::findByAccountForUpdate);
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

  /**
   * Called when the holder has logged in with a smartcard: clears the count of wrong attempts and
   * the lock of the traditional login. Audited (CREDENTIALS_UNLOCK) only when it was locked.
   * Nothing happens for an account without Fisconline credentials.
   */
  public void unlockBySmartcard(String codiceFiscale) {
    Optional<CodiceFiscale> cf = parse(codiceFiscale);
    if (cf.isEmpty()) {
      throw new BusinessRefusal(ErrorCode.INVALID_REQUEST, "malformed codice fiscale");
    }
    accounts.findByCodiceFiscale(cf.get()).ifPresent(this::unlockBySmartcard);
  }

  /**
   * As {@link #unlockBySmartcard(String)}, for an account the caller has read already. Runs on
   * every smartcard login, so the row is locked (FOR UPDATE) only when there is something to clear:
   * wrong attempts counted or a lock.
   */
  public void unlockBySmartcard(Account account) {
    if (account.type() != AccountType.FISCONLINE
        || credentials
            .findByAccount(account)
            .filter(c -> c.isLocked() || c.lock().failedAttempts() > 0)
            .isEmpty()) {
      return;
    }
    Optional<FisconlineCredentials> found = credentials.findByAccountForUpdate(account);
    if (found.isEmpty()) {
      return;
    }
    FisconlineCredentials c = found.get();
    Instant lockedAt = c.lock().lockedAt();
    throttle.forgetAccount(LoginThrottle.CITIZEN, account.codiceFiscale().toString());
    if (c.unlock()) {
      audit.recordChange(
          event(AuditAction.CREDENTIALS_UNLOCK, account.codiceFiscale(), clock.instant())
              .detail(AuditDetails.of("unlockedBy", "smartcard login").and("lockedSince", lockedAt))
              .build());
      LOG.info(() -> "Fisconline credentials unlocked by smartcard login");
    }
  }

  /**
   * A supervisor lifts a lockout at the office, the holder identified there in person: clears the
   * lock and the count of wrong attempts. Audited {@code CREDENTIALS_UNLOCK} with the supervisor as
   * actor; a refusal is audited too and changes nothing.
   *
   * @throws BusinessRefusal OPERATOR_NOT_PERMITTED (not an active supervisor, as the database has
   *     it now), INVALID_REQUEST (codice fiscale), NOT_ENABLED (no Fisconline credentials)
   */
  @RolesAllowed("SUPERVISOR")
  @Audited(AuditAction.CREDENTIALS_UNLOCK)
  public void unlockByOffice(String codiceFiscale) {
    CodiceFiscale cf =
        parse(codiceFiscale)
            .orElseThrow(
                () -> new BusinessRefusal(ErrorCode.INVALID_REQUEST, "malformed codice fiscale"));
    RefusalSubject.about(cf.toString());
    FisconlineCredentials c =
        accounts
            .findByCodiceFiscale(cf)
            .filter(a -> a.type() == AccountType.FISCONLINE)
            .flatMap(credentials::findByAccountForUpdate)
            .orElseThrow(
                () -> new BusinessRefusal(ErrorCode.NOT_ENABLED, "no Fisconline credentials"));
    Instant lockedAt = c.lock().lockedAt();
    int wrongAttempts = c.lock().failedAttempts();
    boolean wasLocked = c.unlock();
    throttle.forgetAccount(LoginThrottle.CITIZEN, cf.toString());
    audit.recordChange(
        // A supervisor's act, whichever intranet page it came from.
        event(AuditAction.CREDENTIALS_UNLOCK, Channel.SUPERVISION, cf, clock.instant())
            .detail(
                AuditDetails.of("unlockedBy", "office")
                    .and("lockedSince", wasLocked ? lockedAt : null)
                    .and("wasLocked", wasLocked)
                    .and("wrongAttemptsCleared", wrongAttempts))
            .build());
    LOG.info(() -> "Fisconline credentials unlocked at the office");
  }

  private AuditEvent.Builder event(AuditAction action, CodiceFiscale cf, Instant at) {
    return event(action, caller.channel(), cf, at);
  }

  private AuditEvent.Builder event(
      AuditAction action, Channel channel, CodiceFiscale cf, Instant at) {
    return AuditEvent.of(action, channel, caller.auditName(), at)
        // Only a well-formed codice fiscale is recorded: whatever else was typed in the field
        // might be a secret typed in the wrong box.
        .subject(cf == null ? null : cf.toString())
        .requestId(caller.requestId());
  }
}
