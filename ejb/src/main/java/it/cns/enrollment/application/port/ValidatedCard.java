package it.cns.enrollment.application.port;

import it.cns.enrollment.domain.identity.CnsCertificate;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link CardValidator} answers: the validated identity and the warnings to audit (e.g.
 * revocation not confirmed under a fail-open policy).
 */
public record ValidatedCard(CnsCertificate identity, List<String> warnings) {

  public ValidatedCard {
    Objects.requireNonNull(identity, "identity is required");
    warnings = List.copyOf(warnings);
  }
}
