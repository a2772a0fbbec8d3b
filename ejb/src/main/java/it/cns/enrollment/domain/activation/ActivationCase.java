package it.cns.enrollment.domain.activation;

import static it.cns.enrollment.domain.activation.ActivationDocument.GUARDIAN_STATUS_DOCUMENT;
import static it.cns.enrollment.domain.activation.ActivationDocument.HOLDER_IDENTITY_DOCUMENT_COPY;
import static it.cns.enrollment.domain.activation.ActivationDocument.HOLDER_SIGNED_ACTIVATION_FORM;
import static it.cns.enrollment.domain.activation.ActivationDocument.HOLDER_SIGNED_CODE_REQUEST;
import static it.cns.enrollment.domain.activation.ActivationDocument.IDENTITY_DOCUMENT;
import static it.cns.enrollment.domain.activation.ActivationDocument.MEDICAL_CERTIFICATE;
import static it.cns.enrollment.domain.activation.ActivationDocument.PARENT_STATUS_DOCUMENT;
import static it.cns.enrollment.domain.activation.ActivationDocument.TS_CNS_CARD;
import static it.cns.enrollment.domain.activation.ActivationDocument.VALID_EMAIL;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who activates a TS-CNS at the counter, and so which documents the operator must see: the four
 * cases of the seed ("Attivare la TS-CNS"), each with its checklist in the seed's order. Labels,
 * checklist intros and each case's wording of its documents are texts, worded by the channels.
 *
 * <p>The delegate's list, as the seed gives it, names no e-mail address: the holder's signed code
 * request carries it. The address is asked for in every case all the same (the second half of the
 * codes goes there).
 */
public enum ActivationCase {
  /** The holder comes in person. */
  HOLDER(IDENTITY_DOCUMENT, TS_CNS_CARD, VALID_EMAIL),
  /** A parent (with parental authority) for a minor child. */
  PARENT_OF_MINOR(IDENTITY_DOCUMENT, TS_CNS_CARD, VALID_EMAIL, PARENT_STATUS_DOCUMENT),
  /** Tutore, curatore o amministratore di sostegno of the holder. */
  LEGAL_REPRESENTATIVE(IDENTITY_DOCUMENT, TS_CNS_CARD, VALID_EMAIL, GUARDIAN_STATUS_DOCUMENT),
  /** A person the holder delegated, when the holder cannot come (medical certificate). */
  DELEGATE(
      IDENTITY_DOCUMENT,
      HOLDER_IDENTITY_DOCUMENT_COPY,
      TS_CNS_CARD,
      HOLDER_SIGNED_ACTIVATION_FORM,
      HOLDER_SIGNED_CODE_REQUEST,
      MEDICAL_CERTIFICATE);

  private final Set<ActivationDocument> required;

  ActivationCase(ActivationDocument first, ActivationDocument... rest) {
    // EnumSet iterates in declaration order, which follows the seed's order for every case.
    this.required = Collections.unmodifiableSet(EnumSet.of(first, rest));
  }

  /** The documents the operator must confirm for this case, in the seed's order. */
  public Set<ActivationDocument> requiredDocuments() {
    return required;
  }

  /** Whether someone other than the holder stands at the counter. */
  public boolean actedByAnother() {
    return this != HOLDER;
  }

  /** The documents of this case not among {@code confirmed}, in the seed's order. */
  public Set<ActivationDocument> missingFrom(Set<ActivationDocument> confirmed) {
    EnumSet<ActivationDocument> missing = EnumSet.noneOf(ActivationDocument.class);
    for (ActivationDocument d : required) {
      if (confirmed == null || !confirmed.contains(d)) {
        missing.add(d);
      }
    }
    return missing;
  }
}
