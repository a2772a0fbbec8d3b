package it.cns.enrollment.domain.activation;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import java.time.LocalDate;

/**
 * The acting person's identity document as the operator records it (type, number, issuer, expiry;
 * no scan). A record so that it can be built from any form; {@link #requireValidOn(LocalDate)}
 * decides whether it can be accepted.
 */
public record IdentityDocument(
    IdentityDocumentType type, String number, String issuer, LocalDate expiry) {

  /** Longest number the database keeps. */
  public static final int MAX_NUMBER = 40;

  /** Longest issuer the database keeps. */
  public static final int MAX_ISSUER = 200;

  /** The number and the issuer without surrounding spaces (null stays null). */
  public IdentityDocument {
    number = number == null ? null : number.strip();
    issuer = issuer == null ? null : issuer.strip();
  }

  /**
   * This document, if it is complete and not expired on {@code today} (valid through its expiry
   * date).
   *
   * @throws BusinessRefusal IDENTITY_DOCUMENT_INVALID, saying which part is wrong in its detail
   */
  public IdentityDocument requireValidOn(LocalDate today) {
    String problem = problemOn(today);
    if (problem != null) {
      throw new BusinessRefusal(ErrorCode.IDENTITY_DOCUMENT_INVALID, problem);
    }
    return this;
  }

  private String problemOn(LocalDate today) {
    if (type == null) {
      return "document type missing";
    }
    if (number == null || number.isEmpty()) {
      return "document number missing";
    }
    if (number.length() > MAX_NUMBER || !number.chars().allMatch(IdentityDocument::numberChar)) {
      return "document number malformed";
    }
    if (issuer == null || issuer.isEmpty()) {
      return "issuer missing";
    }
    if (issuer.length() > MAX_ISSUER || issuer.chars().anyMatch(Character::isISOControl)) {
      return "issuer malformed";
    }
    if (expiry == null) {
      return "expiry date missing";
    }
    if (expiry.isBefore(today)) {
      return "document expired";
    }
    return null;
  }

  // Letters, digits, spaces and the separators printed on Italian documents (e.g. "CA 12345 AB").
  private static boolean numberChar(int c) {
    return Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '/' || c == '.';
  }
}
