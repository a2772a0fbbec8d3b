package it.cns.enrollment.application;

import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.credential.Password;
import it.cns.enrollment.domain.credential.PasswordPolicy;
import it.cns.enrollment.domain.credential.PasswordPolicyException;
import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.error.EnrollmentException;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.operator.Operator;
import it.cns.enrollment.domain.operator.OperatorRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Intranet login of operators and supervisors (username and password, public listener), the
 * password change the first login requires, and logout.
 *
 * <p>Refusals: {@code OPERATOR_LOGIN_REFUSED} for an unknown username or a wrong password - never
 * saying which, after the same Argon2 work; {@code OPERATOR_LOCKED} for a locked account (the Nth
 * consecutive wrong password, {@code CNS_OPERATOR_MAX_ATTEMPTS}) or a disabled one, until a
 * supervisor unlocks or enables it. Every attempt is audited as OPERATOR_LOGIN, channel COUNTER.
 *
 * <p>Passwords follow {@link PasswordPolicy#operator()}: 12 to 64 characters, the Fisconline
 * character rules, different from the current one, valid 90 days.
 */
@Stateless
public class OperatorLoginService {

  @Inject OperatorLoginAttempts attempts;
  @Inject OperatorRepository operators;
  @Inject AuditRecorder audit;
  @Inject SecretHasher hasher;
  @Inject Clock clock;
  @Inject Caller caller;

  /**
   * Logs in. The caller owns the array and wipes it.
   *
   * @return who logged in, and whether the password must be changed before anything else
   * @throws EnrollmentException OPERATOR_LOGIN_REFUSED or OPERATOR_LOCKED
   */
  // No transaction here: all the work, and what must survive a refusal, is in the attempts'.
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public OperatorIdentity login(String username, char[] password) {
    OperatorLoginAttempts.Result result = attempts.login(username, password);
    if (result.verdict() != OperatorLoginAttempts.Verdict.ACCEPTED) {
      throw new EnrollmentException(result.verdict().errorCode(), "operator login refused");
    }
    return result.identity();
  }

  /**
   * Changes the calling operator's own password: the current one must be right (a wrong one counts
   * towards the lockout), the new one must follow {@link PasswordPolicy#operator()} and differ from
   * the current one. Audited OPERATOR_PASSWORD_CHANGE. The caller owns the arrays and wipes them.
   *
   * @return the identity, now with no change required
   * @throws EnrollmentException OPERATOR_LOGIN_REFUSED (current password wrong), OPERATOR_LOCKED,
   *     or PASSWORD_POLICY ({@link PasswordPolicyException} names the rule)
   */
  @Audited(AuditAction.OPERATOR_PASSWORD_CHANGE)
  public OperatorIdentity changePassword(char[] current, char[] next) {
    String username = caller.staff().username();
    OperatorLoginAttempts.Verdict verdict = attempts.checkCurrentPassword(username, current);
    if (verdict != OperatorLoginAttempts.Verdict.ACCEPTED) {
      // Audited already, in the attempt's own (committed) transaction.
      EnrollmentException refused =
          new EnrollmentException(verdict.errorCode(), "current password not accepted");
      RefusalSubject.recorded(refused);
      throw refused;
    }
    Operator o =
        Operator.normaliseUsername(username)
            .flatMap(operators::findByUsernameForUpdate)
            .orElseThrow(
                () ->
                    new EnrollmentException(
                        ErrorCode.OPERATOR_LOGIN_REFUSED, "operator disappeared"));
    PasswordPolicy policy = PasswordPolicy.operator();
    Password candidate = Password.of(next == null ? new char[0] : next);
    char[] chars = null;
    try {
      policy.check(candidate, List.of(o.passwordHash()), hasher);
      chars = candidate.chars();
      Instant now = clock.instant();
      o.changePassword(hasher.hash(chars), now);
      audit.recordChange(
          AuditEvent.of(AuditAction.OPERATOR_PASSWORD_CHANGE, Channel.COUNTER, o.actor(), now)
              .detail("password expires " + now.plus(policy.validity()))
              .build());
      return OperatorIdentity.of(o, false);
    } finally {
      candidate.wipe();
      if (chars != null) {
        Arrays.fill(chars, '\0');
      }
    }
  }

  /** Records the end of the caller's intranet session (the web layer invalidates it). */
  public void logout() {
    audit.recordChange(
        AuditEvent.of(
                AuditAction.OPERATOR_LOGOUT, Channel.COUNTER, caller.auditName(), clock.instant())
            .build());
  }
}
