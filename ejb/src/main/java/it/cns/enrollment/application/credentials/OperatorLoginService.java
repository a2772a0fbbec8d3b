package it.cns.enrollment.application.credentials;

import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.application.security.Audited;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.LoginThrottle;
import it.cns.enrollment.application.security.OperatorIdentity;
import it.cns.enrollment.application.security.SecretAttempts;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.credential.PasswordPolicy;
import it.cns.enrollment.domain.credential.PasswordPolicyException;
import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.operator.Operator;
import it.cns.enrollment.domain.operator.OperatorLockout;
import it.cns.enrollment.domain.operator.OperatorRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Intranet login of operators and supervisors (username and password, public listener), the
 * password change the first login requires, and logout.
 *
 * <p>Refusals: {@code OPERATOR_LOGIN_REFUSED} for an unknown username, a wrong password, a locked
 * account (the Nth consecutive wrong password, {@code CNS_OPERATOR_MAX_ATTEMPTS}) or a disabled one
 * - never saying which, after the same Argon2 work, so that the answer does not tell whether a
 * username exists; the audit trail records OPERATOR_LOCKED, and supervisors see the lock on the
 * operators page (operators have no address of record to be mailed). Only a supervisor unlocks or
 * enables. {@code TOO_MANY_ATTEMPTS} before any check while earlier wrong attempts on the username
 * typed, or from the client's address, still delay the next ({@link LoginThrottle}). Every attempt
 * is audited as OPERATOR_LOGIN, channel COUNTER, and counted through {@link SecretAttempts} in a
 * transaction of its own that commits whatever the verdict.
 *
 * <p>Timing: an unknown or malformed username is checked against {@link SecretHasher#dummyHash()},
 * so a refusal costs one Argon2 verification whether or not the user exists.
 *
 * <p>Passwords follow {@link PasswordPolicy#operator()}: 12 to 64 characters, the Fisconline
 * character rules, different from the current one, valid 90 days.
 */
@Stateless
public class OperatorLoginService {

  @Inject SecretAttempts attempts;
  @Inject OperatorRepository operators;
  @Inject AuditRecorder audit;
  @Inject SecretHasher hasher;
  @Inject OperatorLockout lockout;
  @Inject Clock clock;
  @Inject Caller caller;
  @Inject LoginThrottle throttle;

  /**
   * Logs in. The caller owns the array and wipes it.
   *
   * @return who logged in, and whether the password must be changed before anything else
   * @throws BusinessRefusal OPERATOR_LOGIN_REFUSED or OPERATOR_LOCKED
   */
  // No transaction here: all the work, and what must survive a refusal, is in the attempt's.
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public OperatorIdentity login(String username, char[] password) {
    return attempts
        .attempt(
            keys(username), now -> check(AuditAction.OPERATOR_LOGIN, username, password, true, now))
        .orRefuse("operator login refused");
  }

  /**
   * Changes the calling operator's own password: the current one must be right (a wrong one counts
   * towards the lockout), the new one must follow {@link PasswordPolicy#operator()} and differ from
   * the current one. Audited OPERATOR_PASSWORD_CHANGE. The caller owns the arrays and wipes them.
   *
   * @return the identity, now with no change required
   * @throws BusinessRefusal OPERATOR_LOGIN_REFUSED (current password wrong), OPERATOR_LOCKED, or
   *     PASSWORD_POLICY ({@link PasswordPolicyException} names the rule)
   */
  @Audited(AuditAction.OPERATOR_PASSWORD_CHANGE)
  public OperatorIdentity changePassword(char[] current, char[] next) {
    String username = caller.staff().username();
    // A wrong current password counts (the change form must not be a way around the lockout); a
    // right one neither resets the count nor is audited there (the change itself is).
    attempts
        .attempt(
            keys(username),
            now -> check(AuditAction.OPERATOR_PASSWORD_CHANGE, username, current, false, now))
        .orRefuse("current password not accepted");
    Operator o =
        Operator.normaliseUsername(username)
            .flatMap(operators::findByUsernameForUpdate)
            .orElseThrow(
                () ->
                    new BusinessRefusal(ErrorCode.OPERATOR_LOGIN_REFUSED, "operator disappeared"));
    PasswordPolicy policy = PasswordPolicy.operator();
    String hash = NewPassword.hash(next, policy, List.of(o.passwordHash()), hasher);
    Instant now = clock.instant();
    o.changePassword(hash, now);
    audit.recordChange(
        AuditEvent.of(AuditAction.OPERATOR_PASSWORD_CHANGE, Channel.COUNTER, o.actor(), now)
            .detail(AuditDetails.of("passwordExpires", now.plus(policy.validity())))
            .build());
    return OperatorIdentity.of(o, false);
  }

  /** Records the end of the caller's intranet session (the web layer invalidates it). */
  public void logout() {
    audit.recordChange(
        AuditEvent.of(
                AuditAction.OPERATOR_LOGOUT, Channel.COUNTER, caller.auditName(), clock.instant())
            .build());
  }

  /**
   * One attempt, in the counter's own transaction: the Nth consecutive wrong password locks (N from
   * {@link OperatorLockout}); a locked or disabled account is refused even with the right password;
   * a login with the right one resets the count.
   */
  private SecretAttempts.Verdict<OperatorIdentity> check(
      AuditAction action, String typed, char[] password, boolean login, Instant now) {
    char[] secret = password == null ? new char[0] : password;
    Optional<String> username = Operator.normaliseUsername(typed);
    Optional<Operator> found = username.flatMap(operators::findByUsernameForUpdate);
    if (found.isEmpty()) {
      hasher.verify(secret, hasher.dummyHash());
      return attempts.refuse(
          // Only a well-formed username is recorded: the field might hold a mistyped password.
          event(action, "operator:" + username.orElse("?"), now),
          ErrorCode.OPERATOR_LOGIN_REFUSED,
          username.isEmpty() ? "malformed username" : "no such operator");
    }
    Operator o = found.get();
    AuditEvent.Builder event = event(action, o.actor(), now);
    boolean right = o.passwordMatches(secret, hasher);
    if (!o.isEnabled()) {
      // At login, told as a wrong password: the answer must not say the username exists.
      return attempts.refuse(
          event,
          ErrorCode.OPERATOR_LOCKED,
          login ? ErrorCode.OPERATOR_LOGIN_REFUSED : ErrorCode.OPERATOR_LOCKED,
          "account disabled");
    }
    Optional<SecretAttempts.Verdict<OperatorIdentity>> refused =
        attempts.judge(o.lock(), right, guard(login), event, now);
    if (refused.isPresent()) {
      return refused.get();
    }
    if (!login) {
      return SecretAttempts.Verdict.accepted(null);
    }
    o.recordSuccess();
    if (hasher.needsRehash(o.passwordHash())) {
      o.rehashPassword(hasher.hash(secret));
    }
    boolean mustChange = o.passwordChangeRequired(now, PasswordPolicy.operator().validity());
    audit.recordChange(
        event.detail(AuditDetails.of("passwordChange", mustChange ? "required" : null)).build());
    return SecretAttempts.Verdict.accepted(OperatorIdentity.of(o, mustChange));
  }

  /**
   * The login conceals a lock; the password change, reached only by an operator logged in, tells it
   * (and the page ends the session).
   */
  private SecretAttempts.Guard guard(boolean login) {
    return new SecretAttempts.Guard(
        lockout.maxFailedAttempts(),
        ErrorCode.OPERATOR_LOGIN_REFUSED,
        ErrorCode.OPERATOR_LOCKED,
        "wrong password",
        "locked",
        "locked",
        !login);
  }

  /** What an attempt on {@code username} is throttled under, from the caller's address. */
  private LoginThrottle.Keys keys(String username) {
    return throttle.keys(
        LoginThrottle.OPERATOR, Operator.normaliseUsername(username), caller.clientAddress());
  }

  private static AuditEvent.Builder event(AuditAction action, String actor, Instant now) {
    return AuditEvent.of(action, Channel.COUNTER, actor, now);
  }
}
