package it.cns.enrollment.domain.agent;

import java.time.Instant;
import java.util.Objects;

/** A workstation as the supervisors' list shows it: the registration and when it was made. */
public record RegisteredWorkstation(Workstation workstation, Instant registeredAt) {

  public RegisteredWorkstation {
    Objects.requireNonNull(workstation, "workstation is required");
    Objects.requireNonNull(registeredAt, "registration instant is required");
  }
}
