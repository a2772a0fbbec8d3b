package it.cns.enrollment.domain.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The Italian tax code of a natural person: 16 characters, fully validated (alphabet per position,
 * month, day, check character), not just matched against a regular expression.
 *
 * <p>Layout, 1-based: 1–6 letters from surname and name; 7–8 year; 9 month letter ({@code
 * ABCDEHLMPRST}); 10–11 day, plus 40 for women; 12 letter and 13–15 digits of the Belfiore code of
 * the place of birth; 16 check character. <em>Omocodia</em>: when two people would get the same
 * code, the Agenzia delle Entrate replaces digits (positions 7, 8, 10, 11, 13, 14, 15) with the
 * letters {@code LMNPQRSTUV} (standing for 0–9) and recomputes the check character.
 *
 * <p><strong>Identity rule.</strong> An omocodic code and its omocodia-free form belong to
 * <em>different</em> people: that is why the variant was issued. Business identity (who is
 * enrolled, whose card this is) therefore uses exact equality ({@link #equals(Object)}); {@link
 * #samePersonAs(CodiceFiscale)} exists only to raise warnings or widen a look-up, never to grant or
 * bind anything.
 *
 * <p>Equality and hash code are on the normalised value (upper case, no surrounding spaces).
 */
public final class CodiceFiscale {

  public static final int LENGTH = 16;

  private static final String MONTH_LETTERS = "ABCDEHLMPRST";
  private static final String OMOCODIA_LETTERS = "LMNPQRSTUV";

  /** 0-based indexes of the seven positions that hold digits (or their omocodia letters). */
  private static final int[] DIGIT_INDEXES = {6, 7, 9, 10, 12, 13, 14};

  /** Values of A–Z (and of 0–9, which count as A–J) at odd positions; even ones count 0–25. */
  private static final int[] ODD_VALUES = {
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
  };

  /** Birth dates are reckoned in Italy: "today" means today in Rome. */
  private static final ZoneId ITALY = ZoneId.of("Europe/Rome");

  private final String value;

  private CodiceFiscale(String normalised) {
    validate(normalised);
    this.value = normalised;
  }

  /**
   * Reads a codice fiscale as typed or as found in a certificate: surrounding spaces are dropped
   * and letters upper-cased before validation.
   *
   * @throws InvalidCodiceFiscaleException naming the first rule broken
   */
  public static CodiceFiscale parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw InvalidCodiceFiscaleException.empty();
    }
    return new CodiceFiscale(upperCaseAscii(raw.strip()));
  }

  /** Whether {@link #parse(String)} would accept {@code raw}. */
  public static boolean isValid(String raw) {
    try {
      parse(raw);
      return true;
    } catch (InvalidCodiceFiscaleException e) {
      return false;
    }
  }

  /**
   * The check character for the first 15 characters of a codice fiscale (case ignored).
   *
   * @throws IllegalArgumentException unless given exactly 15 letters or digits
   */
  public static char checkCharacter(String first15) {
    Objects.requireNonNull(first15, "the first 15 characters are required");
    String upper = upperCaseAscii(first15);
    if (upper.length() != LENGTH - 1) {
      throw new IllegalArgumentException("the check character needs exactly 15 characters");
    }
    int sum = 0;
    for (int i = 0; i < upper.length(); i++) {
      char c = upper.charAt(i);
      if (!isAsciiLetter(c) && !isAsciiDigit(c)) {
        throw new IllegalArgumentException("only letters and digits have a check value");
      }
      int index = isAsciiDigit(c) ? c - '0' : c - 'A';
      // Position i + 1 is odd when i is even.
      sum += (i % 2 == 0) ? ODD_VALUES[index] : index;
    }
    return (char) ('A' + sum % 26);
  }

  /** The normalised 16 characters. */
  public String value() {
    return value;
  }

  /** Whether any of the seven digit positions holds an omocodia letter. */
  public boolean isOmocodic() {
    for (int i : DIGIT_INDEXES) {
      if (isAsciiLetter(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The code with every omocodia letter turned back into its digit and the check character
   * recomputed; {@code this} when there is no omocodia. The result is a different person's code
   * (see the class comment): use it for look-ups and warnings only.
   */
  public CodiceFiscale withoutOmocodia() {
    if (!isOmocodic()) {
      return this;
    }
    char[] chars = value.toCharArray();
    for (int i : DIGIT_INDEXES) {
      chars[i] = decodeDigit(chars[i]);
    }
    String first15 = new String(chars, 0, LENGTH - 1);
    return new CodiceFiscale(first15 + checkCharacter(first15));
  }

  /**
   * True when both codes have the same omocodia-free form. Not an identity test: the Agenzia issues
   * omocodic variants precisely to tell different people apart, so enrollment, binding and login
   * compare with {@link #equals(Object)}; this method is for warnings and look-ups only.
   */
  public boolean samePersonAs(CodiceFiscale other) {
    Objects.requireNonNull(other, "the other codice fiscale is required");
    return withoutOmocodia().equals(other.withoutOmocodia());
  }

  public Sex sex() {
    return dayField() > 40 ? Sex.FEMALE : Sex.MALE;
  }

  /** The cadastral (Belfiore) code of the place of birth, e.g. {@code H501}, digits decoded. */
  public String belfioreCode() {
    return "" + value.charAt(11) + digitAt(12) + digitAt(13) + digitAt(14);
  }

  /** The birth date as of today in Italy; see {@link #birthDate(LocalDate)} for the century. */
  public LocalDate birthDate() {
    return birthDate(Clock.system(ITALY));
  }

  /** The birth date as of today on {@code clock}; see {@link #birthDate(LocalDate)}. */
  public LocalDate birthDate(Clock clock) {
    Objects.requireNonNull(clock, "clock is required");
    return birthDate(LocalDate.now(clock));
  }

  /**
   * The birth date, resolving the two-digit year against {@code today}: year {@code YY} is {@code
   * 20YY} unless that date would be after {@code today}, in which case it is {@code 19YY}. The code
   * carries no century, so people over a hundred years old come out a century too young; no rule
   * can do better. The one date that does not exist in the resolved century, 29 February 1900, is
   * taken as 29 February 2000.
   */
  public LocalDate birthDate(LocalDate today) {
    Objects.requireNonNull(today, "today is required");
    int yy = digitAt(6) * 10 + digitAt(7);
    int month = MONTH_LETTERS.indexOf(value.charAt(8)) + 1;
    int day = dayField() % 40;
    LocalDate in2000s = LocalDate.of(2000 + yy, month, day);
    if (!in2000s.isAfter(today)) {
      return in2000s;
    }
    boolean leapDayOf1900 = yy == 0 && month == 2 && day == 29;
    return leapDayOf1900 ? in2000s : LocalDate.of(1900 + yy, month, day);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CodiceFiscale other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }

  private int dayField() {
    return digitAt(9) * 10 + digitAt(10);
  }

  private int digitAt(int index) {
    return decodeDigit(value.charAt(index)) - '0';
  }

  private static char decodeDigit(char c) {
    return isAsciiDigit(c) ? c : (char) ('0' + OMOCODIA_LETTERS.indexOf(c));
  }

  private static void validate(String v) {
    if (v.length() != LENGTH) {
      throw InvalidCodiceFiscaleException.length(v.codePointCount(0, v.length()));
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = v.charAt(i);
      if (isDigitIndex(i)) {
        if (!isAsciiDigit(c) && OMOCODIA_LETTERS.indexOf(c) < 0) {
          throw InvalidCodiceFiscaleException.digitExpected(i + 1);
        }
      } else if (!isAsciiLetter(c)) {
        throw InvalidCodiceFiscaleException.letterExpected(i + 1);
      }
    }
    int month = MONTH_LETTERS.indexOf(v.charAt(8)) + 1;
    if (month == 0) {
      throw InvalidCodiceFiscaleException.month();
    }
    validateDay(v, month);
    char expected = checkCharacter(v.substring(0, LENGTH - 1));
    if (v.charAt(LENGTH - 1) != expected) {
      throw InvalidCodiceFiscaleException.checkCharacter(expected);
    }
  }

  private static void validateDay(String v, int month) {
    int yy = (decodeDigit(v.charAt(6)) - '0') * 10 + (decodeDigit(v.charAt(7)) - '0');
    int field = (decodeDigit(v.charAt(9)) - '0') * 10 + (decodeDigit(v.charAt(10)) - '0');
    int day = field > 40 ? field - 40 : field;
    boolean inRange = (field >= 1 && field <= 31) || (field >= 41 && field <= 71);
    // The century is unknown, but YY is a leap year in both centuries when divisible by 4,
    // except 00, which is leap in 2000 only: either way 29 February is possible iff yy % 4 == 0.
    int longestMonth = month == 2 ? (yy % 4 == 0 ? 29 : 28) : maxDays(month);
    if (!inRange || day > longestMonth) {
      throw InvalidCodiceFiscaleException.day();
    }
  }

  private static int maxDays(int month) {
    return switch (month) {
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /**
   * Upper-cases a–z only: {@code String.toUpperCase} would also turn look-alikes such as the
   * dotless {@code ı} into ASCII letters and let them pass as a valid code.
   */
  private static String upperCaseAscii(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'a' && chars[i] <= 'z') {
        chars[i] = (char) (chars[i] - 'a' + 'A');
      }
    }
    return new String(chars);
  }

  private static boolean isDigitIndex(int index) {
    for (int i : DIGIT_INDEXES) {
      if (i == index) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
