package it.cns.enrollment.domain.agent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The workstations registered to counter offices. */
public interface WorkstationRepository {

  /** The workstation registered with this certificate fingerprint, enabled or not. */
  Optional<Workstation> findByFingerprint(String fingerprint);

  /** Every registration, enabled or not, by label. */
  List<RegisteredWorkstation> all();

  /**
   * Registers the workstation, enabled, at {@code at}; a certificate registered before is moved to
   * the workstation's office and label and enabled again (as {@code ./cns workstation} does).
   */
  void register(Workstation workstation, Instant at);

  /**
   * Enables or disables the registration of this fingerprint.
   *
   * @return false when no workstation has it
   */
  boolean setEnabled(String fingerprint, boolean enabled);
}
