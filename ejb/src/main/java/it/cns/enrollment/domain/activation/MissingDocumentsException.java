package it.cns.enrollment.domain.activation;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * ACTIVATION_DOCUMENT_MISSING, naming the documents of the case the operator did not confirm (in
 * the case's wording), so that the page says exactly what is still to be checked.
 */
public final class MissingDocumentsException extends BusinessRefusal {
  private static final long serialVersionUID = 1L;

  private final ActivationCase activationCase;
  private final EnumSet<ActivationDocument> missing;

  public MissingDocumentsException(ActivationCase activationCase, Set<ActivationDocument> missing) {
    super(ErrorCode.ACTIVATION_DOCUMENT_MISSING, activationCase + " missing " + missing);
    this.activationCase = activationCase;
    this.missing = EnumSet.copyOf(missing);
  }

  public Set<ActivationDocument> missing() {
    return Collections.unmodifiableSet(missing);
  }

  /** The case whose wording names the missing documents. */
  public ActivationCase activationCase() {
    return activationCase;
  }
}
