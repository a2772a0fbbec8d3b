package it.cns.enrollment.domain.activation;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.domain.mail.EmailAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Set;

/**
 * The rules an activation obeys over typed values, shared by {@link ActivationRequest#admit} (which
 * runs them in the order partners and operators are told) and {@link TsCnsActivation#activate}
 * (which trusts no caller).
 */
final class ActivationRules {

  static final ZoneId ITALY = ZoneId.of("Europe/Rome");
  static final int ADULT_AGE = 18;

  private ActivationRules() {}

  /** The calendar day in Italy: ages and expiry dates are counted there. */
  static LocalDate dayInItaly(Instant at) {
    return LocalDate.ofInstant(at, ITALY);
  }

  /** The holder in the HOLDER case, someone else in the others. */
  static void requireActingPerson(
      ActivationCase activationCase, CodiceFiscale holder, CodiceFiscale acting) {
    if (activationCase.actedByAnother() == acting.equals(holder)) {
      throw ActivationInputException.actingPerson(activationCase);
    }
  }

  /**
   * Whoever acts for the holder (parent, guardian, delegate) is of age: a minor can neither hold
   * parental authority over a child nor sign for another person.
   */
  static void requireAdultActing(
      ActivationCase activationCase, CodiceFiscale acting, LocalDate today) {
    if (activationCase.actedByAnother()
        && Period.between(acting.birthDate(today), today).getYears() < ADULT_AGE) {
      throw ActivationInputException.actingPersonMinor();
    }
  }

  /** A parent acts for a minor only, until the day before the eighteenth birthday. */
  static void requireMinorIfParent(
      ActivationCase activationCase, CodiceFiscale holder, LocalDate today) {
    if (activationCase == ActivationCase.PARENT_OF_MINOR) {
      LocalDate born = holder.birthDate(today);
      if (Period.between(born, today).getYears() >= ADULT_AGE) {
        throw new BusinessRefusal(ErrorCode.HOLDER_NOT_MINOR, "holder is of age");
      }
    }
  }

  static void requireDocuments(ActivationCase activationCase, Set<ActivationDocument> confirmed) {
    Set<ActivationDocument> missing = activationCase.missingFrom(confirmed);
    if (!missing.isEmpty()) {
      throw new MissingDocumentsException(activationCase, missing);
    }
  }

  static void requireIdentityDocument(IdentityDocument document, LocalDate today) {
    if (document == null) {
      throw new BusinessRefusal(ErrorCode.IDENTITY_DOCUMENT_INVALID, "no identity document");
    }
    document.requireValidOn(today);
  }

  /** Every rule of a whole set of facts, on the day of {@code at}. */
  static void requireAdmissible(TsCnsActivation.Facts facts, Instant at) {
    LocalDate today = dayInItaly(at);
    requireActingPerson(facts.activationCase(), facts.holder(), facts.acting());
    requireAdultActing(facts.activationCase(), facts.acting(), today);
    requireMinorIfParent(facts.activationCase(), facts.holder(), today);
    requireDocuments(facts.activationCase(), facts.documents());
    requireIdentityDocument(facts.identityDocument(), today);
    EmailAddress.parse(facts.email());
  }
}
