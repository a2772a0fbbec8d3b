package it.cns.enrollment.domain.activation;

import it.cns.enrollment.domain.error.EnrollmentException;
import it.cns.enrollment.domain.error.ErrorCode;
import java.util.Locale;

/**
 * A field of an activation request is wrong (card number, holder's or acting person's codice
 * fiscale): stable code INVALID_REQUEST, and a message that names the field and the rule broken.
 * The refused value is not kept (personal data; exceptions reach logs).
 */
public final class ActivationInputException extends EnrollmentException {
  private static final long serialVersionUID = 1L;

  /** Which field was refused. */
  public enum Field {
    CARD_ID,
    HOLDER_CF,
    ACTING_CF
  }

  private final Field field;
  private final String messageIt;
  private final String messageEn;

  public ActivationInputException(Field field, String messageIt, String messageEn) {
    super(ErrorCode.INVALID_REQUEST, field + ": " + messageEn);
    this.field = field;
    this.messageIt = messageIt;
    this.messageEn = messageEn;
  }

  /** The acting person must be the holder (HOLDER case) or someone else (other cases). */
  public static ActivationInputException actingPerson(ActivationCase activationCase) {
    String key = activationCase.actedByAnother() ? "acting.sameAsHolder" : "acting.notHolder";
    return new ActivationInputException(
        Field.ACTING_CF,
        ActivationTexts.text(key, Locale.ITALIAN),
        ActivationTexts.text(key, Locale.ENGLISH));
  }

  /** The acting person's codice fiscale is required in every case but HOLDER. */
  public static ActivationInputException actingPersonMissing() {
    return new ActivationInputException(
        Field.ACTING_CF,
        ActivationTexts.text("acting.missing", Locale.ITALIAN),
        ActivationTexts.text("acting.missing", Locale.ENGLISH));
  }

  public Field field() {
    return field;
  }

  @Override
  public String messageFor(Locale locale) {
    boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    return ActivationTexts.text("field." + field.name(), locale)
        + ": "
        + (english ? messageEn : messageIt);
  }
}
