package it.cns.enrollment.application.card;

import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.identity.CnsCertificate;
import java.util.List;
import java.util.Objects;

/**
 * A card whose certificate passed validation, with what the validation could not confirm (e.g.
 * revocation status under a fail-open policy), which callers put in the audit trail.
 */
public record IdentifiedCard(CnsCertificate certificate, List<String> warnings) {

  public IdentifiedCard {
    Objects.requireNonNull(certificate, "certificate is required");
    warnings = List.copyOf(warnings);
  }

  /** The warnings as one audit detail, or null when there are none. */
  public AuditDetails auditDetail() {
    return AuditDetails.of("warnings", warnings.isEmpty() ? null : String.join(", ", warnings));
  }
}
