package it.cns.enrollment.domain.identity;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A string was refused as a codice fiscale. The {@link Reason} is the stable code the channels map
 * to messages; {@link #problem()} and {@link #arguments()} are what the channels word for the
 * person who typed it (under {@code CodiceFiscale.<problem>}). The refused value itself is
 * deliberately not kept: it is personal data and exceptions end up in logs.
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
  private final String problem;
  private final int position;
  private final Character expectedCheckCharacter;
  private final String[] arguments;

  private InvalidCodiceFiscaleException(
      Reason reason,
      String problem,
      int position,
      Character expectedCheckCharacter,
      String... arguments) {
    super("codice fiscale refused: " + problem + (position == 0 ? "" : " at " + position));
    this.reason = reason;
    this.problem = problem;
    this.position = position;
    this.expectedCheckCharacter = expectedCheckCharacter;
    this.arguments = arguments;
  }

  static InvalidCodiceFiscaleException empty() {
    return new InvalidCodiceFiscaleException(Reason.EMPTY, "EMPTY", 0, null);
  }

  static InvalidCodiceFiscaleException length(int actual) {
    return new InvalidCodiceFiscaleException(
        Reason.LENGTH, "LENGTH", 0, null, String.valueOf(actual));
  }

  static InvalidCodiceFiscaleException letterExpected(int position) {
    return new InvalidCodiceFiscaleException(
        Reason.CHARACTER, "LETTER_EXPECTED", position, null, String.valueOf(position));
  }

  static InvalidCodiceFiscaleException digitExpected(int position) {
    return new InvalidCodiceFiscaleException(
        Reason.CHARACTER, "DIGIT_EXPECTED", position, null, String.valueOf(position));
  }

  static InvalidCodiceFiscaleException month() {
    return new InvalidCodiceFiscaleException(Reason.MONTH, "MONTH", 9, null);
  }

  static InvalidCodiceFiscaleException day() {
    return new InvalidCodiceFiscaleException(Reason.DAY, "DAY", 10, null);
  }

  static InvalidCodiceFiscaleException checkCharacter(char expected) {
    return new InvalidCodiceFiscaleException(
        Reason.CHECK_CHARACTER, "CHECK_CHARACTER", 16, expected, String.valueOf(expected));
  }

  public Reason reason() {
    return reason;
  }

  /**
   * The stable name of the text that explains the refusal: the reason, or for CHARACTER which kind
   * of character was expected ({@code LETTER_EXPECTED}, {@code DIGIT_EXPECTED}).
   */
  public String problem() {
    return problem;
  }

  /** The values the problem's text names (a length, a position, the expected check character). */
  public List<String> arguments() {
    return List.of(arguments);
  }

  /** The 1-based position at fault, for the positional reasons (CHARACTER, MONTH, DAY, CHECK). */
  public OptionalInt position() {
    return position == 0 ? OptionalInt.empty() : OptionalInt.of(position);
  }

  /** The check character the first 15 characters call for; present only for CHECK_CHARACTER. */
  public Optional<Character> expectedCheckCharacter() {
    return Optional.ofNullable(expectedCheckCharacter);
  }
}
