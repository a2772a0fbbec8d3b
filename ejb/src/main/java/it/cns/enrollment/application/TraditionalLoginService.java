package it.cns.enrollment.application;

import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.AccountRepository;
import it.cns.enrollment.domain.account.AccountType;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.credential.FisconlineCredentials;
import it.cns.enrollment.domain.credential.FisconlineCredentialsRepository;
import it.cns.enrollment.domain.credential.Password;
import it.cns.enrollment.domain.credential.PasswordPolicy;
import it.cns.enrollment.domain.credential.PasswordPolicyException;
import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.error.EnrollmentException;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Traditional Fisconline login (codice fiscale + password + PIN, public listener), the password
 * change it may require, and the unlock a smartcard login grants.
 *
 * <p>Refusals: {@code INVALID_CREDENTIALS} for an unknown or malformed codice fiscale, a wrong
 * password, a wrong PIN, or an account without Fisconline credentials (Entratel) - never saying
 * which; {@code ACCOUNT_LOCKED} from the 8th consecutive wrong attempt on, even with the right
 * secrets, until a smartcard login ({@link #unlockBySmartcard}) or a supervisor at the office
 * ({@link #unlockByOffice}) unlocks it.
 *
 * <p>Transactions: the secrets are checked and wrong attempts counted by {@link LoginAttempts} in a
 * transaction of its own, which commits even when this service then refuses; the refusal thrown
 * here rolls back nothing that matters.
 */
@Stateless
// Open to every channel but the method that says otherwise: WildFly denies the unannotated methods
// of a bean with any role annotation (default-missing-method-permissions-deny-access).
@PermitAll
public class TraditionalLoginService {

  private static final Logger LOG = Logger.getLogger(TraditionalLoginService.class.getName());

  @Inject LoginAttempts attempts;
  @Inject AccountRepository accounts;
  @Inject FisconlineCredentialsRepository credentials;
  @Inject AuditRecorder audit;
  @Inject SecretHasher hasher;
  @Inject PasswordPolicy policy;
  @Inject Clock clock;
  @Inject Caller caller;

  /**
   * Logs in with codice fiscale, password and PIN. The caller owns the arrays and wipes them.
   *
   * @return who logged in and whether the password must be changed now
   * @throws EnrollmentException INVALID_CREDENTIALS or ACCOUNT_LOCKED
   */
  // No transaction here: all the work, and what must survive a refusal, is in LoginAttempts'.
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public LoginOutcome login(String codiceFiscale, char[] password, char[] pin) {
    LoginAttempts.Result result = attempts.login(codiceFiscale, password, pin);
    if (result.verdict() != LoginAttempts.Verdict.ACCEPTED) {
      throw refusal(result.verdict(), "traditional login refused");
    }
    LOG.fine(() -> "traditional login, channel " + caller.channel());
    return result.outcome();
  }

  /**
   * Changes the password: the current one must be right (a wrong one counts as a failed attempt and
   * may lock; a right one does not reset the count), the new one must satisfy the {@link
   * PasswordPolicy}, including being different from the current and the previous password. The old
   * hash becomes the previous one, the 90 days start again and no change is required any more. The
   * caller owns the arrays and wipes them.
   *
   * @throws EnrollmentException INVALID_CREDENTIALS, ACCOUNT_LOCKED, or PASSWORD_POLICY ({@link
   *     PasswordPolicyException} names the rule)
   */
  @Audited(AuditAction.PASSWORD_CHANGE)
  public void changePassword(String codiceFiscale, char[] currentPassword, char[] newPassword) {
    LoginAttempts.Verdict verdict = attempts.checkCurrentPassword(codiceFiscale, currentPassword);
    if (verdict != LoginAttempts.Verdict.ACCEPTED) {
      // Audited already, in the attempt's own (committed) transaction.
      EnrollmentException refused =
          refusal(verdict, "password change refused: current password not accepted");
      RefusalSubject.recorded(refused);
      throw refused;
    }
    CodiceFiscale cf = CodiceFiscale.parse(codiceFiscale); // accepted, so well formed
    RefusalSubject.about(cf.toString());
    FisconlineCredentials c =
        accounts
            .findByCodiceFiscale(cf)
            .flatMap(credentials::findByAccountForUpdate)
            .orElseThrow(
                () ->
                    new EnrollmentException(
                        ErrorCode.INVALID_CREDENTIALS, "credentials disappeared"));
    Password candidate = Password.of(newPassword == null ? new char[0] : newPassword);
    char[] chars = null;
    try {
      policy.check(candidate, c.earlierPasswordHashes(), hasher);
      chars = candidate.chars();
      Instant now = clock.instant();
      c.changePassword(hasher.hash(chars), now);
      audit.recordChange(
          event(AuditAction.PASSWORD_CHANGE, cf, now)
              .detail("password expires " + c.passwordExpiresAt(policy.validity()))
              .build());
    } finally {
      candidate.wipe();
      if (chars != null) {
        Arrays.fill(chars, '\0');
      }
    }
  }

  /**
   * Called when the holder has logged in with a smartcard: clears the count of wrong attempts and
   * the lock of the traditional login. Audited (CREDENTIALS_UNLOCK) only when it was locked.
   * Nothing happens for an account without Fisconline credentials.
   */
  public void unlockBySmartcard(String codiceFiscale) {
    Optional<CodiceFiscale> cf = LoginAttempts.parse(codiceFiscale);
    if (cf.isEmpty()) {
      throw new EnrollmentException(ErrorCode.INVALID_REQUEST, "malformed codice fiscale");
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
            .filter(c -> c.isLocked() || c.failedAttempts() > 0)
            .isEmpty()) {
      return;
    }
    Optional<FisconlineCredentials> found = credentials.findByAccountForUpdate(account);
    if (found.isEmpty()) {
      return;
    }
    FisconlineCredentials c = found.get();
    Instant lockedAt = c.lockedAt();
    if (c.unlock()) {
      audit.recordChange(
          event(AuditAction.CREDENTIALS_UNLOCK, account.codiceFiscale(), clock.instant())
              .detail("locked since " + lockedAt + ", unlocked by smartcard login")
              .build());
      LOG.info(() -> "Fisconline credentials unlocked by smartcard login");
    }
  }

  /**
   * A supervisor lifts a lockout at the office, the holder identified there in person: clears the
   * lock and the count of wrong attempts. Audited {@code CREDENTIALS_UNLOCK} with the supervisor as
   * actor; a refusal is audited too and changes nothing.
   *
   * @throws EnrollmentException OPERATOR_NOT_PERMITTED (not an active supervisor, as the database
   *     has it now), INVALID_REQUEST (codice fiscale), NOT_ENABLED (no Fisconline credentials)
   */
  @RolesAllowed("SUPERVISOR")
  @Audited(AuditAction.CREDENTIALS_UNLOCK)
  public void unlockByOffice(String codiceFiscale) {
    CodiceFiscale cf =
        LoginAttempts.parse(codiceFiscale)
            .orElseThrow(
                () ->
                    new EnrollmentException(ErrorCode.INVALID_REQUEST, "malformed codice fiscale"));
    RefusalSubject.about(cf.toString());
    FisconlineCredentials c =
        accounts
            .findByCodiceFiscale(cf)
            .filter(a -> a.type() == AccountType.FISCONLINE)
            .flatMap(credentials::findByAccountForUpdate)
            .orElseThrow(
                () -> new EnrollmentException(ErrorCode.NOT_ENABLED, "no Fisconline credentials"));
    Instant lockedAt = c.lockedAt();
    int wrongAttempts = c.failedAttempts();
    boolean wasLocked = c.unlock();
    audit.recordChange(
        event(AuditAction.CREDENTIALS_UNLOCK, cf, clock.instant())
            .detail(
                (wasLocked ? "locked since " + lockedAt : "not locked")
                    + ", "
                    + wrongAttempts
                    + " wrong attempts cleared, unlocked at the office")
            .build());
    LOG.info(() -> "Fisconline credentials unlocked at the office");
  }

  private static EnrollmentException refusal(LoginAttempts.Verdict verdict, String detail) {
    return new EnrollmentException(LoginAttempts.errorCode(verdict), detail);
  }

  private AuditEvent.Builder event(AuditAction action, CodiceFiscale cf, Instant at) {
    return AuditEvent.of(action, caller.channel(), caller.auditName(), at)
        .subject(cf.toString())
        .requestId(caller.requestId());
  }
}
