package it.cns.enrollment.domain.identity;

/**
 * The number of a CNS / TS-CNS card: 16 digits, the last a Luhn check digit. It appears in the card
 * certificate's common name after the codice fiscale ({@code CF/CARDID.HASH}).
 *
 * <p>{@link #toString()} gives the {@link #masked()} form: a card number is personal data, and
 * whatever reaches a log through string concatenation should not carry it whole. Use {@link
 * #value()} where the full number is really needed (persistence, look-ups).
 */
public final class CardId {

  public static final int LENGTH = 16;
  private static final int VISIBLE_DIGITS = 4;

  private final String value;

  private CardId(String digits) {
    if (digits.length() != LENGTH) {
      throw InvalidCardIdException.length(digits.codePointCount(0, digits.length()));
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        throw InvalidCardIdException.character();
      }
    }
    if (!passesLuhn(digits)) {
      throw InvalidCardIdException.checkDigit();
    }
    this.value = digits;
  }

  /**
   * Reads a card id; surrounding spaces are dropped.
   *
   * @throws InvalidCardIdException naming the rule broken
   */
  public static CardId parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw InvalidCardIdException.empty();
    }
    return new CardId(raw.strip());
  }

  /** Whether {@link #parse(String)} would accept {@code raw}. */
  public static boolean isValid(String raw) {
    try {
      parse(raw);
      return true;
    } catch (InvalidCardIdException e) {
      return false;
    }
  }

  /** All 16 digits. */
  public String value() {
    return value;
  }

  /** Only the last four digits visible, e.g. {@code ************9008}, for pages and logs. */
  public String masked() {
    return "*".repeat(LENGTH - VISIBLE_DIGITS) + value.substring(LENGTH - VISIBLE_DIGITS);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CardId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The masked form; see the class comment. */
  @Override
  public String toString() {
    return masked();
  }

  private static boolean passesLuhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }
}
