package it.cns.enrollment.domain.activation;

/**
 * The identity documents the seed accepts: identity card, passport, driving or boating licence, or
 * another document issued by the State administration with photograph and stamp.
 */
public enum IdentityDocumentType {
  CARTA_IDENTITA,
  PASSAPORTO,
  PATENTE_GUIDA,
  PATENTE_NAUTICA,
  ALTRO_STATALE
}
