package it.cns.enrollment.application.security;

import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.credential.PasswordPolicy;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.operator.Operator;
import it.cns.enrollment.domain.operator.OperatorRepository;
import it.cns.enrollment.domain.operator.OperatorRole;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.Optional;

/**
 * The application layer's own check of who may act on the intranet, behind the URL constraints of
 * web.xml: the acting user is loaded from the database on every operation, so a role changed or an
 * account disabled or locked by a supervisor counts at once, even for a session opened before. Runs
 * in the caller's transaction; a refusal is audited in a transaction of its own (with the action
 * that was attempted) and thrown as {@code OPERATOR_NOT_PERMITTED}.
 *
 * <p>Who is asking is the request's {@link Caller} (the container's principal on the intranet);
 * this is the second gate, after the services' {@code @RolesAllowed}.
 */
@Stateless
public class OperatorAuthorization {

  @Inject OperatorRepository operators;
  @Inject AuditRecorder audit;
  @Inject Clock clock;
  @Inject Caller caller;

  /**
   * The caller may do what one of {@code roles} (container role names, as in {@code RolesAllowed})
   * may, as the database has it now: a supervisor when only SUPERVISOR is allowed, else an active
   * operator or supervisor. {@link AuditedInterceptor} calls it for every {@code RolesAllowed} use
   * case, after the container's own check of the principal's roles.
   *
   * @throws BusinessRefusal OPERATOR_NOT_PERMITTED
   */
  public OperatorIdentity requireRoles(Collection<String> roles, AuditAction attempted) {
    return roles.contains(OperatorRole.OPERATOR.name())
        ? requireActive(attempted)
        : requireSupervisor(attempted);
  }

  /**
   * The caller, an operator or supervisor who may work now: exists, enabled, not locked, and not
   * due to change the password first.
   *
   * @throws BusinessRefusal OPERATOR_NOT_PERMITTED
   */
  public OperatorIdentity requireActive(AuditAction attempted) {
    return requireActive(callerUsername(attempted), attempted);
  }

  /**
   * As {@link #requireActive(AuditAction)}, and a supervisor.
   *
   * @throws BusinessRefusal OPERATOR_NOT_PERMITTED
   */
  public OperatorIdentity requireSupervisor(AuditAction attempted) {
    return requireSupervisor(callerUsername(attempted), attempted);
  }

  private OperatorIdentity requireActive(String username, AuditAction attempted) {
    return identity(require(username, attempted, false));
  }

  private OperatorIdentity requireSupervisor(String username, AuditAction attempted) {
    return identity(require(username, attempted, true));
  }

  private Operator require(String username, AuditAction attempted, boolean supervisor) {
    Optional<Operator> found =
        Operator.normaliseUsername(username).flatMap(operators::findByUsername);
    String why;
    if (found.isEmpty()) {
      why = "no such operator";
    } else if (!found.get().mayLogIn()) {
      why = found.get().isEnabled() ? "account locked" : "account disabled";
    } else if (found
        .get()
        .passwordChangeRequired(clock.instant(), PasswordPolicy.operator().validity())) {
      why = "password change required first";
    } else if (supervisor && !found.get().isSupervisor()) {
      why = "role " + found.get().role() + " is not SUPERVISOR";
    } else {
      return found.get();
    }
    String actor =
        found
            .map(Operator::actor)
            .orElse("operator:" + Operator.normaliseUsername(username).orElse("?"));
    throw refused(attempted, actor, why, supervisor);
  }

  /** The caller's username; anyone but an intranet user is refused. */
  private String callerUsername(AuditAction attempted) {
    if (caller.actor() instanceof Actor.Staff staff) {
      return staff.username();
    }
    throw refused(attempted, caller.auditName(), "not an intranet user", false);
  }

  /**
   * Audits the refusal (in its own transaction) and returns the error to throw: on the channel of
   * supervision when a supervisor's act was attempted, of counter work otherwise.
   */
  private BusinessRefusal refused(
      AuditAction attempted, String actor, String why, boolean supervisorAct) {
    audit.recordRefusal(
        AuditEvent.of(
                attempted,
                supervisorAct ? Channel.SUPERVISION : Channel.COUNTER,
                actor,
                clock.instant())
            .outcome(ErrorCode.OPERATOR_NOT_PERMITTED.name())
            .detail(AuditDetails.of("reason", why))
            .build());
    BusinessRefusal refusal = new BusinessRefusal(ErrorCode.OPERATOR_NOT_PERMITTED, why);
    RefusalSubject.recorded(refusal);
    return refusal;
  }

  private static OperatorIdentity identity(Operator o) {
    return OperatorIdentity.of(o, false);
  }
}
