package it.cns.enrollment.domain.credential;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * The Fisconline PIN: 10 decimal digits drawn from {@link SecureRandom}, shown to its holder once
 * and then stored only as a hash. {@link #toString()} never shows it.
 */
public final class IssuedPin {

  /** Digits in a Fisconline PIN. */
  public static final int LENGTH = 10;

  private final String value;

  private IssuedPin(String value) {
    this.value = value;
  }

  /** A fresh PIN; every digit, the first included, is uniform over 0-9. */
  public static IssuedPin generate(SecureRandom random) {
    Objects.requireNonNull(random, "random source is required");
    char[] digits = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      digits[i] = (char) ('0' + random.nextInt(10));
    }
    return new IssuedPin(new String(digits));
  }

  /**
   * A PIN issued earlier, read back from where it was kept for its holder (a partner's remembered
   * answer, replayed).
   *
   * @throws IllegalArgumentException if {@code digits} are not a PIN's 10 digits
   */
  public static IssuedPin of(char[] digits) {
    if (!isWellFormed(digits)) {
      throw new IllegalArgumentException("a PIN is " + LENGTH + " digits");
    }
    return new IssuedPin(new String(digits));
  }

  /** Whether {@code candidate} has the shape of a PIN (exactly 10 digits), without hashing it. */
  public static boolean isWellFormed(char[] candidate) {
    if (candidate == null || candidate.length != LENGTH) {
      return false;
    }
    for (char c : candidate) {
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The PIN itself: only for the page that shows it once and for hashing. */
  public String reveal() {
    return value;
  }

  /** The PIN as characters for {@link SecretHasher#hash(char[])}; the caller may wipe the copy. */
  public char[] chars() {
    return value.toCharArray();
  }

  @Override
  public String toString() {
    return "IssuedPin[hidden]";
  }
}
