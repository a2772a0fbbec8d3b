package it.cns.enrollment.domain.activation;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.InvalidCardIdException;
import it.cns.enrollment.domain.identity.InvalidCodiceFiscaleException;
import java.util.List;

/**
 * A field of an activation request is wrong (card number, holder's or acting person's codice
 * fiscale, the privacy consent): stable code INVALID_REQUEST, the {@link Field} and the {@link
 * #problem()} broken, so that the message names both. The refused value is not kept (personal data;
 * exceptions reach logs).
 */
public final class ActivationInputException extends BusinessRefusal {
  private static final long serialVersionUID = 1L;

  /** Which field was refused. */
  public enum Field {
    CARD_ID,
    HOLDER_CF,
    ACTING_CF,
    /** The holder's name, as typed on the blank forms of a delegation. */
    HOLDER_NAME,
    /** The delegate's name, as typed on the blank forms of a delegation. */
    ACTING_NAME,
    /** The name of the person at the counter acting for the holder, as typed in the wizard. */
    ACTING_PERSON_NAME,
    /** The consent to the privacy notice (the wizard's box, SOAP privacyConsent). */
    CONSENT
  }

  private final Field field;
  private final String problem;
  private final List<String> arguments;

  private ActivationInputException(Field field, String problem, List<String> arguments) {
    super(ErrorCode.INVALID_REQUEST, field + ": " + problem);
    this.field = field;
    this.problem = problem;
    this.arguments = List.copyOf(arguments);
  }

  /** The card number in {@code field} is not a card id. */
  public static ActivationInputException of(Field field, InvalidCardIdException e) {
    return new ActivationInputException(field, "CardId." + e.reason().name(), e.arguments());
  }

  /** The codice fiscale in {@code field} is not valid. */
  public static ActivationInputException of(Field field, InvalidCodiceFiscaleException e) {
    return new ActivationInputException(field, "CodiceFiscale." + e.problem(), e.arguments());
  }

  /** The acting person must be the holder (HOLDER case) or someone else (other cases). */
  public static ActivationInputException actingPerson(ActivationCase activationCase) {
    String problem = activationCase.actedByAnother() ? "acting.sameAsHolder" : "acting.notHolder";
    return new ActivationInputException(Field.ACTING_CF, problem, List.of());
  }

  /** A name typed for a printed form is longer than {@code max} or holds control characters. */
  public static ActivationInputException name(Field field, int max) {
    return new ActivationInputException(field, "name.invalid", List.of(String.valueOf(max)));
  }

  /** The acting person's codice fiscale is required in every case but HOLDER. */
  public static ActivationInputException actingPersonMissing() {
    return new ActivationInputException(Field.ACTING_CF, "acting.missing", List.of());
  }

  /** The person acting for the holder must be of age; the codice fiscale says otherwise. */
  public static ActivationInputException actingPersonMinor() {
    return new ActivationInputException(Field.ACTING_CF, "acting.minor", List.of());
  }

  /** The person at the counter has not consented to the privacy notice (the wizard asks). */
  public static ActivationInputException consentMissing() {
    return new ActivationInputException(Field.CONSENT, "consent.missing", List.of());
  }

  /** The consent names a notice version that is not the one shown today. */
  public static ActivationInputException consentOutdated(String current) {
    return new ActivationInputException(Field.CONSENT, "consent.outdated", List.of(current));
  }

  public Field field() {
    return field;
  }

  /**
   * The stable name of the rule broken: {@code CardId.<reason>}, {@code CodiceFiscale.<problem>},
   * {@code acting.<rule>}, {@code consent.<rule>} or {@code name.invalid}.
   */
  public String problem() {
    return problem;
  }

  /** The values the problem's text names. */
  public List<String> arguments() {
    return arguments;
  }
}
