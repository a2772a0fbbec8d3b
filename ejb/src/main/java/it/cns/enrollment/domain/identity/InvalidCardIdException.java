package it.cns.enrollment.domain.identity;

/**
 * A string was refused as a card id. Like {@link InvalidCodiceFiscaleException}, it carries a
 * stable {@link Reason} and texts in Italian and English, and not the refused value.
 */
public final class InvalidCardIdException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the card id was refused. */
  public enum Reason {
    EMPTY,
    LENGTH,
    CHARACTER,
    CHECK_DIGIT
  }

  private final Reason reason;
  private final String messageIt;

  private InvalidCardIdException(Reason reason, String messageIt, String messageEn) {
    super(messageEn);
    this.reason = reason;
    this.messageIt = messageIt;
  }

  static InvalidCardIdException empty() {
    return new InvalidCardIdException(
        Reason.EMPTY,
        "Il numero identificativo della carta è obbligatorio.",
        "The card number is required.");
  }

  static InvalidCardIdException length(int actual) {
    return new InvalidCardIdException(
        Reason.LENGTH,
        "Il numero identificativo della carta ha 16 cifre; quello indicato ne ha " + actual + ".",
        "A card number has 16 digits; the one given has " + actual + ".");
  }

  static InvalidCardIdException character() {
    return new InvalidCardIdException(
        Reason.CHARACTER,
        "Il numero identificativo della carta contiene solo cifre.",
        "A card number contains digits only.");
  }

  static InvalidCardIdException checkDigit() {
    return new InvalidCardIdException(
        Reason.CHECK_DIGIT,
        "Il numero identificativo della carta non è corretto: l'ultima cifra di controllo non"
            + " corrisponde. Verifica di averlo copiato correttamente dalla carta.",
        "The card number is not correct: its last (check) digit does not match. Check that it"
            + " was copied correctly from the card.");
  }

  public Reason reason() {
    return reason;
  }

  public String messageIt() {
    return messageIt;
  }

  public String messageEn() {
    return getMessage();
  }
}
