package it.cns.enrollment.application.intranet;

import it.cns.enrollment.domain.operator.Operator;
import it.cns.enrollment.domain.operator.OperatorRole;
import java.io.Serializable;
import java.time.Instant;

/** An operator or supervisor as the supervisor's list shows it; never a secret or a hash. */
public record OperatorSummary(
    long id,
    String username,
    String displayName,
    OperatorRole role,
    Long counterOfficeId,
    String counterOfficeName,
    boolean enabled,
    boolean locked,
    int failedAttempts,
    boolean mustChangePassword,
    Instant createdAt)
    implements Serializable {

  static OperatorSummary of(Operator o) {
    return new OperatorSummary(
        o.id(),
        o.username(),
        o.displayName(),
        o.role(),
        o.counterOffice().map(c -> c.id()).orElse(null),
        o.counterOffice().map(c -> c.name()).orElse(null),
        o.isEnabled(),
        o.isLocked(),
        o.lock().failedAttempts(),
        o.mustChangePassword(),
        o.createdAt());
  }

  public boolean supervisor() {
    return role == OperatorRole.SUPERVISOR;
  }
}
