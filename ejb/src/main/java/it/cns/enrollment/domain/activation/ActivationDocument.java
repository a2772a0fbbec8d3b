package it.cns.enrollment.domain.activation;

/**
 * A document the operator checks at the counter before activating a TS-CNS. Its labels (the seed's
 * wording in its general form, and the wording a case uses, e.g. "la tessera TS-CNS ricevuta del
 * figlio minore") are texts, worded by the channels. Names are stored in {@code
 * activation_document.document} (at most 48 characters).
 */
public enum ActivationDocument {
  /** The acting person's valid identity document (the holder's, the parent's, ...). */
  IDENTITY_DOCUMENT,
  /** Delegate only: a photocopy of the holder's (delegating person's) identity document. */
  HOLDER_IDENTITY_DOCUMENT_COPY,
  /** The TS-CNS card itself. */
  TS_CNS_CARD,
  /** A valid e-mail address for the second half of the codes. */
  VALID_EMAIL,
  /** Parent of a minor: a document proving parenthood. */
  PARENT_STATUS_DOCUMENT,
  /** Guardian, curator or support administrator: a document proving that status. */
  GUARDIAN_STATUS_DOCUMENT,
  /** Delegate only: the activation form signed by the holder. */
  HOLDER_SIGNED_ACTIVATION_FORM,
  /** Delegate only: the request for the personal codes signed by the holder, two copies. */
  HOLDER_SIGNED_CODE_REQUEST,
  /** Delegate only: a medical certificate showing the holder cannot come in person. */
  MEDICAL_CERTIFICATE
}
