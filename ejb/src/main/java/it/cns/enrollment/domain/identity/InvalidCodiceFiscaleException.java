package it.cns.enrollment.domain.identity;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A string was refused as a codice fiscale. The {@link Reason} is the stable code the channels map
 * to messages; {@link #messageIt()} and {@link #messageEn()} are ready-made texts for the person
 * who typed it. The refused value itself is deliberately not kept: it is personal data and
 * exceptions end up in logs.
 */
public final class InvalidCodiceFiscaleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the codice fiscale was refused; the first rule broken, in the order listed. */
  public enum Reason {
    /** Nothing was given, or only spaces. */
    EMPTY,
    /** Not 16 characters. */
    LENGTH,
    /** A character is not allowed at its position; {@link #position()} says which. */
    CHARACTER,
    /** Position 9 is a letter that does not encode a month. */
    MONTH,
    /** The day of birth (positions 10–11) does not exist, for either sex or for the month. */
    DAY,
    /** The check character (position 16) does not match; {@link #expectedCheckCharacter()}. */
    CHECK_CHARACTER
  }

  private final Reason reason;
  private final int position;
  private final Character expectedCheckCharacter;
  private final String messageIt;

  private InvalidCodiceFiscaleException(
      Reason reason,
      int position,
      Character expectedCheckCharacter,
      String messageIt,
      String messageEn) {
    super(messageEn);
    this.reason = reason;
    this.position = position;
    this.expectedCheckCharacter = expectedCheckCharacter;
    this.messageIt = messageIt;
  }

  static InvalidCodiceFiscaleException empty() {
    return new InvalidCodiceFiscaleException(
        Reason.EMPTY,
        0,
        null,
        "Il codice fiscale è obbligatorio.",
        "The codice fiscale is required.");
  }

  static InvalidCodiceFiscaleException length(int actual) {
    return new InvalidCodiceFiscaleException(
        Reason.LENGTH,
        0,
        null,
        "Il codice fiscale deve avere 16 caratteri; quello indicato ne ha " + actual + ".",
        "A codice fiscale has 16 characters; the one given has " + actual + ".");
  }

  static InvalidCodiceFiscaleException letterExpected(int position) {
    return new InvalidCodiceFiscaleException(
        Reason.CHARACTER,
        position,
        null,
        "Il carattere in posizione "
            + position
            + " del codice fiscale non è valido: va una lettera.",
        "The character at position "
            + position
            + " of the codice fiscale is not valid: a letter"
            + " is expected there.");
  }

  static InvalidCodiceFiscaleException digitExpected(int position) {
    return new InvalidCodiceFiscaleException(
        Reason.CHARACTER,
        position,
        null,
        "Il carattere in posizione "
            + position
            + " del codice fiscale non è valido: va una cifra (o, per omocodia, una delle lettere"
            + " L, M, N, P, Q, R, S, T, U, V).",
        "The character at position "
            + position
            + " of the codice fiscale is not valid: a digit is expected there (or, for omocodia,"
            + " one of the letters L, M, N, P, Q, R, S, T, U, V).");
  }

  static InvalidCodiceFiscaleException month() {
    return new InvalidCodiceFiscaleException(
        Reason.MONTH,
        9,
        null,
        "Il carattere in posizione 9 del codice fiscale non indica un mese: va una delle lettere"
            + " A, B, C, D, E, H, L, M, P, R, S, T.",
        "The character at position 9 of the codice fiscale is not a month: it must be one of the"
            + " letters A, B, C, D, E, H, L, M, P, R, S, T.");
  }

  static InvalidCodiceFiscaleException day() {
    return new InvalidCodiceFiscaleException(
        Reason.DAY,
        10,
        null,
        "Il giorno di nascita (posizioni 10 e 11) del codice fiscale non è valido: va da 01 a 31"
            + " per gli uomini e da 41 a 71 per le donne, e deve esistere nel mese indicato.",
        "The day of birth (positions 10 and 11) of the codice fiscale is not valid: it goes from"
            + " 01 to 31 for men and from 41 to 71 for women, and must exist in the month given.");
  }

  static InvalidCodiceFiscaleException checkCharacter(char expected) {
    return new InvalidCodiceFiscaleException(
        Reason.CHECK_CHARACTER,
        16,
        expected,
        "Il carattere di controllo (l'ultimo) del codice fiscale non corrisponde: dovrebbe essere "
            + expected
            + ". Verifica di aver scritto correttamente il codice fiscale.",
        "The check character (the last one) of the codice fiscale does not match: it should be "
            + expected
            + ". Check that the codice fiscale was written correctly.");
  }

  public Reason reason() {
    return reason;
  }

  /** The 1-based position at fault, for the positional reasons (CHARACTER, MONTH, DAY, CHECK). */
  public OptionalInt position() {
    return position == 0 ? OptionalInt.empty() : OptionalInt.of(position);
  }

  /** The check character the first 15 characters call for; present only for CHECK_CHARACTER. */
  public Optional<Character> expectedCheckCharacter() {
    return Optional.ofNullable(expectedCheckCharacter);
  }

  /** Text for the citizen, in Italian. */
  public String messageIt() {
    return messageIt;
  }

  /** Text for the citizen, in English; also the exception's message. */
  public String messageEn() {
    return getMessage();
  }
}
