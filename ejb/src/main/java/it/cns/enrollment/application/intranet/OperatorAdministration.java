package it.cns.enrollment.application.intranet;

import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.application.security.Audited;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.LoginThrottle;
import it.cns.enrollment.application.security.RefusalSubject;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.counter.CounterOffice;
import it.cns.enrollment.domain.counter.CounterOfficeRepository;
import it.cns.enrollment.domain.credential.Password;
import it.cns.enrollment.domain.credential.PasswordPolicy;
import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.operator.Operator;
import it.cns.enrollment.domain.operator.OperatorRepository;
import it.cns.enrollment.domain.operator.OperatorRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Supervisors manage operators and other supervisors: list, create (with a random initial password
 * shown once), give a new initial password, unlock, enable or disable, change role and counter
 * office. Only the SUPERVISOR role may call it ({@code @RolesAllowed}, the container's principal),
 * checked again in the database for every call ({@link Audited}: an active SUPERVISOR); each change
 * is audited OPERATOR_ADMIN with the {@link Caller} "supervisor:&lt;username&gt;" as actor, and
 * each refusal too.
 *
 * <p>A supervisor cannot disable, demote or reset their own account here (so that the last
 * supervisor cannot lock everyone out by mistake; another supervisor, or {@code ./cns supervisor
 * --reset}, can).
 */
@Stateless
@RolesAllowed("SUPERVISOR")
@Audited(AuditAction.OPERATOR_ADMIN)
public class OperatorAdministration {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject OperatorRepository operators;
  @Inject CounterOfficeRepository offices;
  @Inject Caller caller;
  @Inject AuditRecorder audit;
  @Inject SecretHasher hasher;
  @Inject Clock clock;
  @Inject LoginThrottle throttle;

  /**
   * Everyone, supervisors first.
   *
   * @throws BusinessRefusal OPERATOR_NOT_PERMITTED
   */
  public List<OperatorSummary> list() {
    return operators.list().stream().map(OperatorSummary::of).toList();
  }

  /**
   * Creates an account with a random initial password (to be changed at the first login). An
   * OPERATOR needs an enabled counter office; a SUPERVISOR may have none ({@code null}).
   *
   * @return the password, to show once
   * @throws BusinessRefusal OPERATOR_NOT_PERMITTED, OPERATOR_INVALID, OPERATOR_USERNAME_TAKEN,
   *     COUNTER_OFFICE_REQUIRED
   */
  public InitialPassword create(
      String username, String displayName, OperatorRole role, Long counterOfficeId) {
    RefusalSubject.detail("attempted", "create");
    RefusalSubject.detail("role", role);
    if (role == null) {
      throw new BusinessRefusal(ErrorCode.INVALID_REQUEST, "role is required");
    }
    Password password = Password.generateInitial(RANDOM, PasswordPolicy.operator());
    Instant now = clock.instant();
    Operator o =
        Operator.create(username, displayName, role, office(counterOfficeId), hash(password), now);
    operators.add(o);
    record("created", o, describe(o));
    return new InitialPassword(o.username(), password);
  }

  /**
   * Issues a new initial password (to be changed at the next login) and clears the lock.
   *
   * @throws BusinessRefusal OPERATOR_NOT_PERMITTED (also for one's own account), INVALID_REQUEST
   *     (no such account)
   */
  public InitialPassword resetPassword(long operatorId) {
    attempted("new password", operatorId);
    Operator o = other(operatorId);
    Password password = Password.generateInitial(RANDOM, PasswordPolicy.operator());
    o.resetPassword(hash(password), clock.instant());
    record("new initial password", o, AuditDetails.none());
    return new InitialPassword(o.username(), password);
  }

  /**
   * Clears the lock and the count of wrong passwords.
   *
   * @throws BusinessRefusal OPERATOR_NOT_PERMITTED, INVALID_REQUEST (no such account)
   */
  public OperatorSummary unlock(long operatorId) {
    attempted("unlock", operatorId);
    Operator o = find(operatorId);
    boolean wasLocked = o.unlock();
    // The login's delays for this username end with its lock.
    throttle.forgetAccount(LoginThrottle.OPERATOR, o.username());
    record(wasLocked ? "unlocked" : "cleared wrong attempts", o, AuditDetails.none());
    return OperatorSummary.of(o);
  }

  /**
   * Enables or disables an account; a disabled one cannot log in, and its open session can do
   * nothing (the services check).
   *
   * @throws BusinessRefusal OPERATOR_NOT_PERMITTED (also for one's own account), INVALID_REQUEST
   *     (no such account)
   */
  public OperatorSummary setEnabled(long operatorId, boolean enabled) {
    attempted(enabled ? "enable" : "disable", operatorId);
    Operator o = other(operatorId);
    if (enabled) {
      o.enable();
    } else {
      o.disable();
    }
    record(enabled ? "enabled" : "disabled", o, AuditDetails.none());
    return OperatorSummary.of(o);
  }

  /**
   * Changes role and counter office (an OPERATOR needs an enabled office, a SUPERVISOR may have
   * none).
   *
   * @throws BusinessRefusal OPERATOR_NOT_PERMITTED (also for one's own account), INVALID_REQUEST,
   *     COUNTER_OFFICE_REQUIRED
   */
  public OperatorSummary assign(long operatorId, OperatorRole role, Long counterOfficeId) {
    attempted("assign", operatorId);
    if (role == null) {
      throw new BusinessRefusal(ErrorCode.INVALID_REQUEST, "role is required");
    }
    Operator o = other(operatorId);
    OperatorRole roleBefore = o.role();
    Long officeBefore = officeOf(o);
    o.assign(role, office(counterOfficeId));
    record(
        "assigned",
        o,
        AuditDetails.of("roleBefore", roleBefore)
            .and("officeBefore", officeBefore)
            .and(describe(o)));
    return OperatorSummary.of(o);
  }

  /** What a refusal of this call will say it was about. */
  private static void attempted(String what, long operatorId) {
    RefusalSubject.detail("attempted", what);
    RefusalSubject.detail("operator", operatorId);
  }

  private Operator find(long id) {
    return operators
        .find(id)
        .orElseThrow(() -> new BusinessRefusal(ErrorCode.INVALID_REQUEST, "no operator " + id));
  }

  /** Someone other than the acting supervisor. */
  private Operator other(long id) {
    Operator o = find(id);
    if (o.username().equals(caller.staff().username())) {
      throw new BusinessRefusal(
          ErrorCode.OPERATOR_NOT_PERMITTED, "a supervisor cannot do this to their own account");
    }
    return o;
  }

  private CounterOffice office(Long id) {
    if (id == null) {
      return null;
    }
    return offices
        .find(id)
        .orElseThrow(
            () ->
                new BusinessRefusal(ErrorCode.COUNTER_OFFICE_REQUIRED, "no counter office " + id));
  }

  private String hash(Password password) {
    char[] chars = password.chars();
    try {
      return hasher.hash(chars);
    } finally {
      Arrays.fill(chars, '\0');
    }
  }

  private static AuditDetails describe(Operator o) {
    return AuditDetails.of("role", o.role()).and("office", officeOf(o));
  }

  private static Long officeOf(Operator o) {
    return o.counterOffice().map(c -> c.id()).orElse(null);
  }

  private void record(String change, Operator o, AuditDetails more) {
    audit.recordChange(
        AuditEvent.of(
                AuditAction.OPERATOR_ADMIN,
                Channel.SUPERVISION,
                caller.auditName(),
                clock.instant())
            .detail(AuditDetails.of("change", change).and("operator", o.username()).and(more))
            .build());
  }
}
