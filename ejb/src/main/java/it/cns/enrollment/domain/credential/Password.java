package it.cns.enrollment.domain.credential;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * A Fisconline password held as characters, so that it can be wiped once used. {@link #toString()}
 * never shows it. A password typed by a user comes in through {@link #of(char[])}; the initial one
 * of an enrollment from {@link #generateInitial(SecureRandom, PasswordPolicy)}.
 */
public final class Password {

  /** Length of generated initial passwords (the policy allows 8 to 15). */
  static final int INITIAL_LENGTH = 12;

  private static final int MAX_GENERATION_ATTEMPTS = 1000;

  // Initial passwords are read off a screen and typed: characters easy to confuse (0/O, 1/l/I)
  // and specials hard to find on some keyboards are left out. All are in the policy's lists.
  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
  private static final String DIGITS = "23456789";
  private static final String SPECIALS = "!#$%&*+-=?@_";
  private static final String ALL = UPPER + LOWER + DIGITS + SPECIALS;

  private final char[] value;
  private boolean wiped;

  private Password(char[] value) {
    this.value = value;
  }

  /** Wraps a copy of {@code value}; the caller may (and should) wipe its own array afterwards. */
  public static Password of(char[] value) {
    Objects.requireNonNull(value, "password is required");
    return new Password(value.clone());
  }

  /**
   * A random initial password of 12 characters (or the policy's minimum length, if longer) that
   * satisfies {@code policy}: at least one upper case letter, one lower case letter, one digit and
   * one special character, in random positions.
   */
  public static Password generateInitial(SecureRandom random, PasswordPolicy policy) {
    Objects.requireNonNull(random, "random source is required");
    Objects.requireNonNull(policy, "password policy is required");
    for (int attempt = 0; attempt < MAX_GENERATION_ATTEMPTS; attempt++) {
      char[] chars = new char[Math.max(INITIAL_LENGTH, policy.minLength())];
      chars[0] = pick(UPPER, random);
      chars[1] = pick(LOWER, random);
      chars[2] = pick(DIGITS, random);
      chars[3] = pick(SPECIALS, random);
      for (int i = 4; i < chars.length; i++) {
        chars[i] = pick(ALL, random);
      }
      shuffle(chars, random);
      Password candidate = new Password(chars);
      if (policy.firstBrokenFormatRule(chars).isEmpty()) {
        return candidate;
      }
      candidate.wipe(); // only with a policy stricter than the standard one
    }
    throw new IllegalStateException("the policy refuses every generated password");
  }

  private static char pick(String alphabet, SecureRandom random) {
    return alphabet.charAt(random.nextInt(alphabet.length()));
  }

  private static void shuffle(char[] chars, SecureRandom random) {
    for (int i = chars.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      char t = chars[i];
      chars[i] = chars[j];
      chars[j] = t;
    }
  }

  /** The password as a string: only for the page that shows an initial password once. */
  public String reveal() {
    return new String(chars());
  }

  /** A copy of the characters (for hashing); the caller wipes the copy when done. */
  public char[] chars() {
    if (wiped) {
      throw new IllegalStateException("the password has been wiped");
    }
    return value.clone();
  }

  /** Overwrites the characters; the password cannot be read afterwards. */
  public void wipe() {
    Arrays.fill(value, '\0');
    wiped = true;
  }

  @Override
  public String toString() {
    return "Password[hidden]";
  }
}
