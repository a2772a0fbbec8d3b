package it.cns.enrollment.application;

import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.domain.activation.ActivationDocument;
import it.cns.enrollment.domain.activation.IdentityDocument;
import java.util.Set;

/**
 * What the operator (or a partner) enters to activate a TS-CNS, as typed: {@link ActivationService}
 * validates every part in a fixed order. {@code actingCf} may be left out in the HOLDER case (it is
 * then the holder's).
 */
public record ActivationRequest(
    String cardId,
    String holderCf,
    ActivationCase activationCase,
    String actingCf,
    IdentityDocument identityDocument,
    Set<ActivationDocument> confirmedDocuments,
    String email) {

  public ActivationRequest {
    confirmedDocuments = confirmedDocuments == null ? Set.of() : Set.copyOf(confirmedDocuments);
  }
}
