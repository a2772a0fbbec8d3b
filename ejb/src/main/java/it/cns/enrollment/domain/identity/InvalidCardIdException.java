package it.cns.enrollment.domain.identity;

import java.util.List;

/**
 * A string was refused as a card id. Like {@link InvalidCodiceFiscaleException}, it carries a
 * stable {@link Reason} and the values its text names (worded by the channels under {@code
 * CardId.<reason>}), and not the refused value.
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
  private final String[] arguments;

  private InvalidCardIdException(Reason reason, String... arguments) {
    super("card id refused: " + reason + (arguments.length == 0 ? "" : " " + List.of(arguments)));
    this.reason = reason;
    this.arguments = arguments;
  }

  static InvalidCardIdException empty() {
    return new InvalidCardIdException(Reason.EMPTY);
  }

  static InvalidCardIdException length(int actual) {
    return new InvalidCardIdException(Reason.LENGTH, String.valueOf(actual));
  }

  static InvalidCardIdException character() {
    return new InvalidCardIdException(Reason.CHARACTER);
  }

  static InvalidCardIdException checkDigit() {
    return new InvalidCardIdException(Reason.CHECK_DIGIT);
  }

  public Reason reason() {
    return reason;
  }

  /** The values the reason's text names: the length given, for LENGTH. */
  public List<String> arguments() {
    return List.of(arguments);
  }
}
