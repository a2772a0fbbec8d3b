package it.cns.enrollment.domain.agent;

import java.util.Optional;

/** The workstations registered to counter offices. */
public interface WorkstationRepository {

  /** The workstation registered with this certificate fingerprint, enabled or not. */
  Optional<Workstation> findByFingerprint(String fingerprint);
}
