package it.cns.enrollment.application.status;

import it.cns.enrollment.application.port.NodeStatus.RevocationServices;
import it.cns.enrollment.application.port.NodeStatus.TrustedIssuers;
import it.cns.enrollment.application.port.StoredFigures.ExpiringPartner;
import it.cns.enrollment.application.port.StoredFigures.OutboxBacklog;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The system's status at an instant: what this node knows in memory, always; what the database
 * holds, unless it did not answer ({@link #stored()} empty).
 */
public record StatusReport(
    Instant at, TrustedIssuers trust, RevocationServices revocation, Stored storedOrNull) {

  public StatusReport {
    Objects.requireNonNull(at, "instant is required");
    Objects.requireNonNull(trust, "trust is required");
    Objects.requireNonNull(revocation, "revocation is required");
  }

  public Optional<Stored> stored() {
    return Optional.ofNullable(storedOrNull);
  }

  /**
   * What the database holds: the outbox, partners whose certificate ends within the warning period,
   * and the activity of the days from {@code first} to {@code last}.
   */
  public record Stored(
      OutboxBacklog outbox,
      List<ExpiringPartner> expiringPartners,
      LocalDate first,
      LocalDate last,
      DailySeries activations,
      DailySeries logins,
      DailySeries partnerCalls) {

    public Stored {
      expiringPartners = List.copyOf(expiringPartners);
    }
  }
}
