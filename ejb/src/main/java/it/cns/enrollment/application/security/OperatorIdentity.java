package it.cns.enrollment.application.security;

import it.cns.enrollment.domain.operator.Operator;
import it.cns.enrollment.domain.operator.OperatorRole;
import java.io.Serializable;
import java.util.Objects;

/**
 * Who an intranet user is, as a login or an authorisation check found them: never a secret. {@code
 * counterOfficeId} and {@code counterOfficeName} are null for a supervisor without an office.
 */
public record OperatorIdentity(
    String username,
    String displayName,
    OperatorRole role,
    Long counterOfficeId,
    String counterOfficeName,
    boolean mustChangePassword)
    implements Serializable {

  public OperatorIdentity {
    Objects.requireNonNull(username, "username is required");
    Objects.requireNonNull(role, "role is required");
  }

  public static OperatorIdentity of(Operator o, boolean mustChangePassword) {
    return new OperatorIdentity(
        o.username(),
        o.displayName(),
        o.role(),
        o.counterOffice().map(c -> c.id()).orElse(null),
        o.counterOffice().map(c -> c.name()).orElse(null),
        mustChangePassword);
  }

  public boolean isSupervisor() {
    return role == OperatorRole.SUPERVISOR;
  }

  /** The audit actor: "operator:&lt;username&gt;" or "supervisor:&lt;username&gt;". */
  public String actor() {
    return role.actor(username);
  }
}
