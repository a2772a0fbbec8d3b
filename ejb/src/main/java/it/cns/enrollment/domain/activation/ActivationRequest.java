package it.cns.enrollment.domain.activation;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CardId;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.domain.identity.InvalidCardIdException;
import it.cns.enrollment.domain.identity.InvalidCodiceFiscaleException;
import it.cns.enrollment.domain.mail.EmailAddress;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What the operator (or a partner) enters to activate a TS-CNS, as typed; {@link #admit} turns it
 * into the {@link TsCnsActivation.Facts} of an activation or refuses it. {@code actingCf} may be
 * left out in the HOLDER case (it is then the holder's).
 *
 * <p>The checks run in this order, the first failure refusing the request: card number (16 digits,
 * Luhn); holder's codice fiscale; the case; acting person's codice fiscale (the holder's in the
 * HOLDER case, someone else's in the others, and then of age, as decoded from it); for a minor, an
 * age under 18 decoded from the holder's codice fiscale at the day in Italy; every document of the
 * case confirmed; the identity document complete and not expired; the e-mail address; the consent
 * to the privacy notice, given by the person at the counter to the current version (required on the
 * intranet; a partner on contract 1.1 may still leave it out, the form then collects it on paper);
 * the names, when typed, at most {@link PersonNames#MAX} characters without control characters.
 *
 * <p>{@code consentNoticeVersion} is the version of the notice the person read and consented to, or
 * null when no consent was declared.
 */
public record ActivationRequest(
    String cardId,
    String holderCf,
    ActivationCase activationCase,
    String actingCf,
    IdentityDocument identityDocument,
    Set<ActivationDocument> confirmedDocuments,
    String email,
    String consentNoticeVersion,
    String holderName,
    String actingName) {

  public ActivationRequest {
    confirmedDocuments = confirmedDocuments == null ? Set.of() : Set.copyOf(confirmedDocuments);
  }

  /** A request with no names typed (a partner's: its contract carries none). */
  public ActivationRequest(
      String cardId,
      String holderCf,
      ActivationCase activationCase,
      String actingCf,
      IdentityDocument identityDocument,
      Set<ActivationDocument> confirmedDocuments,
      String email,
      String consentNoticeVersion) {
    this(
        cardId,
        holderCf,
        activationCase,
        actingCf,
        identityDocument,
        confirmedDocuments,
        email,
        consentNoticeVersion,
        null,
        null);
  }

  /** A request with no consent declared. */
  public ActivationRequest(
      String cardId,
      String holderCf,
      ActivationCase activationCase,
      String actingCf,
      IdentityDocument identityDocument,
      Set<ActivationDocument> confirmedDocuments,
      String email) {
    this(
        cardId,
        holderCf,
        activationCase,
        actingCf,
        identityDocument,
        confirmedDocuments,
        email,
        null);
  }

  /** The same request with the consent to {@code noticeVersion} declared (null: none). */
  public ActivationRequest withConsent(String noticeVersion) {
    return new ActivationRequest(
        cardId,
        holderCf,
        activationCase,
        actingCf,
        identityDocument,
        confirmedDocuments,
        email,
        noticeVersion,
        holderName,
        actingName);
  }

  /** The same request with these names typed (null or blank: none). */
  public ActivationRequest withNames(String holder, String acting) {
    return new ActivationRequest(
        cardId,
        holderCf,
        activationCase,
        actingCf,
        identityDocument,
        confirmedDocuments,
        email,
        consentNoticeVersion,
        holder,
        acting);
  }

  /**
   * The facts of an activation at {@code at} by {@code operatorUsername} at {@code
   * counterOfficeId}, every rule of the class comment checked in its order; {@code consentRequired}
   * says whether a request without a consent is refused.
   *
   * @throws BusinessRefusal the first rule broken, typed (INVALID_REQUEST naming the field,
   *     HOLDER_NOT_MINOR, ACTIVATION_DOCUMENT_MISSING, IDENTITY_DOCUMENT_INVALID, INVALID_EMAIL)
   */
  public TsCnsActivation.Facts admit(
      Instant at, long counterOfficeId, String operatorUsername, boolean consentRequired) {
    Objects.requireNonNull(at, "activation instant is required");
    CardId card = card(cardId);
    CodiceFiscale holder = codiceFiscale(ActivationInputException.Field.HOLDER_CF, holderCf);
    if (activationCase == null) {
      throw new BusinessRefusal(ErrorCode.INVALID_REQUEST, "activation case missing");
    }
    CodiceFiscale acting = acting(holder);
    ActivationRules.requireAdultActing(activationCase, acting, ActivationRules.dayInItaly(at));
    ActivationRules.requireMinorIfParent(activationCase, holder, ActivationRules.dayInItaly(at));
    ActivationRules.requireDocuments(activationCase, confirmedDocuments);
    ActivationRules.requireIdentityDocument(identityDocument, ActivationRules.dayInItaly(at));
    EmailAddress address = EmailAddress.parse(email);
    PrivacyConsent consent = consent(acting, at, consentRequired);
    PersonNames names = PersonNames.of(holderName, actingName, activationCase);
    return new TsCnsActivation.Facts(
        card,
        holder,
        activationCase,
        acting,
        identityDocument,
        confirmedDocuments,
        address.value(),
        counterOfficeId,
        operatorUsername,
        consent,
        names);
  }

  private PrivacyConsent consent(CodiceFiscale acting, Instant at, boolean required) {
    boolean absent = consentNoticeVersion == null || consentNoticeVersion.isBlank();
    if (absent) {
      if (required) {
        throw ActivationInputException.consentMissing();
      }
      return null;
    }
    if (!PrivacyNotice.isCurrent(consentNoticeVersion.strip())) {
      throw ActivationInputException.consentOutdated(PrivacyNotice.CURRENT_VERSION);
    }
    return new PrivacyConsent(PrivacyNotice.CURRENT_VERSION, acting, at);
  }

  private CodiceFiscale acting(CodiceFiscale holder) {
    boolean absent = actingCf == null || actingCf.isBlank();
    if (absent && activationCase.actedByAnother()) {
      throw ActivationInputException.actingPersonMissing();
    }
    CodiceFiscale acting =
        absent ? holder : codiceFiscale(ActivationInputException.Field.ACTING_CF, actingCf);
    ActivationRules.requireActingPerson(activationCase, holder, acting);
    return acting;
  }

  /** The card number, or INVALID_REQUEST naming the field and the rule broken. */
  public static CardId card(String raw) {
    try {
      return CardId.parse(raw);
    } catch (InvalidCardIdException e) {
      throw ActivationInputException.of(ActivationInputException.Field.CARD_ID, e);
    }
  }

  private static CodiceFiscale codiceFiscale(ActivationInputException.Field field, String raw) {
    try {
      return CodiceFiscale.parse(raw);
    } catch (InvalidCodiceFiscaleException e) {
      throw ActivationInputException.of(field, e);
    }
  }
}
