package it.cns.enrollment.application;

import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.error.EnrollmentException;
import it.cns.enrollment.domain.error.ErrorCode;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The application layer's own check that an intranet user may do supervisor work, behind the web
 * layer's role constraint: the operator is loaded from the database, so a supervisor demoted or
 * disabled since logging in is refused at once.
 */
@Dependent
public class SupervisorCheck {

  @Inject AuditRecorder audit;
  @Inject Clock clock;

  /** The audit actor of a supervisor, {@code "supervisor:<username>"}. */
  public static String actor(String username) {
    return "supervisor:" + username;
  }

  /**
   * The actor of the enabled supervisor with this username; anyone else is refused with {@code
   * OPERATOR_NOT_PERMITTED}, and the refusal is audited under {@code action} when one is given.
   */
  public String require(String username, AuditAction action) {
    if (username == null || username.isBlank() || !isEnabledSupervisor(username)) {
      EnrollmentException refusal =
          new EnrollmentException(ErrorCode.OPERATOR_NOT_PERMITTED, "not an enabled supervisor");
      if (action != null) {
        audit.recordRefusal(
            AuditEvent.of(
                    action,
                    Channel.COUNTER,
                    "operator:" + String.valueOf(username),
                    clock.instant())
                .outcome(refusal.stableCode())
                .detail(refusal.getMessage())
                .build());
      }
      throw refusal;
    }
    return actor(username);
  }

  private boolean isEnabledSupervisor(String username) {
    // Completed once the operators' domain (branch ops) is merged.
    throw new UnsupportedOperationException("operators not merged yet: " + username);
  }
}
