package it.cns.enrollment.domain.credential;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of a Fisconline password.
 *
 * <ul>
 *   <li>8 to 15 characters;
 *   <li>only letters A-Z and a-z (no accented letters), digits 0-9 and the special characters of
 *       {@link #ALLOWED_SPECIALS}; no spaces;
 *   <li>at least one letter and at least one digit (our choice: a password of letters alone or of
 *       digits alone is refused);
 *   <li>case-sensitive: {@code Abc12345} and {@code abc12345} are different passwords;
 *   <li>different from the current password and from the one before it;
 *   <li>valid for 90 days, then it must be changed.
 * </ul>
 *
 * A refused password raises {@link PasswordPolicyException} naming the first rule broken, in the
 * order of {@link PasswordRule}.
 */
public final class PasswordPolicy {

  /**
   * The special characters a password may contain: printable ASCII punctuation that every Italian
   * and English keyboard layout has, minus the space, the quotes ({@code ' " `}) and the backslash,
   * which are easily mistyped or mangled when copied and quoted.
   */
  public static final String ALLOWED_SPECIALS = "!#$%&()*+,-./:;<=>?@[]^_{|}~";

  private static final PasswordPolicy STANDARD = new PasswordPolicy(8, 15, Duration.ofDays(90));

  /**
   * Intranet operators and supervisors: longer passwords (12-64 characters) for accounts that see
   * other people's data, otherwise the same characters, letter-and-digit and 90-day rules. An
   * operator's row keeps only the current hash, so "different from the previous one" means
   * different from the current one.
   */
  private static final PasswordPolicy OPERATOR = new PasswordPolicy(12, 64, Duration.ofDays(90));

  private final int minLength;
  private final int maxLength;
  private final Duration validity;

  private PasswordPolicy(int minLength, int maxLength, Duration validity) {
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.validity = validity;
  }

  /** The Fisconline rules: 8-15 characters, the characters above, 90 days. */
  public static PasswordPolicy standard() {
    return STANDARD;
  }

  /** The rules for intranet operators and supervisors: 12-64 characters, otherwise the same. */
  public static PasswordPolicy operator() {
    return OPERATOR;
  }

  public int minLength() {
    return minLength;
  }

  public int maxLength() {
    return maxLength;
  }

  /** How long a password stays valid after it was set. */
  public Duration validity() {
    return validity;
  }

  /**
   * Checks a new password against every rule; {@code previousHash} is the hash it must not match
   * (the current password's when changing it).
   *
   * @throws PasswordPolicyException naming the first rule broken
   */
  public void check(Password candidate, Optional<String> previousHash, SecretHasher hasher) {
    Objects.requireNonNull(previousHash, "previous hash is required (may be empty)");
    check(candidate, previousHash.map(List::of).orElse(List.of()), hasher);
  }

  /**
   * Checks a new password against every rule; it must match none of {@code earlierHashes} (the
   * current password's hash and the previous one's when changing it).
   *
   * @throws PasswordPolicyException naming the first rule broken
   */
  public void check(Password candidate, Collection<String> earlierHashes, SecretHasher hasher) {
    Objects.requireNonNull(candidate, "password is required");
    Objects.requireNonNull(hasher, "hasher is required");
    char[] chars = candidate.chars();
    try {
      Optional<PasswordRule> broken = firstBrokenFormatRule(chars);
      if (broken.isPresent()) {
        throw new PasswordPolicyException(broken.get(), minLength, maxLength);
      }
      List<String> hashes = new ArrayList<>();
      for (String h : earlierHashes) {
        if (h != null) {
          hashes.add(h);
        }
      }
      boolean reused = false;
      for (String hash : hashes) {
        reused |= hasher.verify(chars, hash);
      }
      if (reused) {
        throw new PasswordPolicyException(PasswordRule.REUSED, minLength, maxLength);
      }
    } finally {
      Arrays.fill(chars, '\0');
    }
  }

  /**
   * The first rule about the password's own characters that it breaks (length, characters, letter
   * and digit), without looking at earlier passwords; empty when it satisfies them all. Pages may
   * use it to help while typing.
   */
  public Optional<PasswordRule> formatViolation(Password candidate) {
    char[] chars = candidate.chars();
    try {
      return firstBrokenFormatRule(chars);
    } finally {
      Arrays.fill(chars, '\0');
    }
  }

  Optional<PasswordRule> firstBrokenFormatRule(char[] chars) {
    if (chars.length < minLength) {
      return Optional.of(PasswordRule.TOO_SHORT);
    }
    if (chars.length > maxLength) {
      return Optional.of(PasswordRule.TOO_LONG);
    }
    boolean letter = false;
    boolean digit = false;
    for (char c : chars) {
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
        letter = true;
      } else if (c >= '0' && c <= '9') {
        digit = true;
      } else if (ALLOWED_SPECIALS.indexOf(c) < 0) {
        return Optional.of(PasswordRule.CHARACTER_NOT_ALLOWED);
      }
    }
    if (!letter || !digit) {
      return Optional.of(PasswordRule.LETTER_AND_DIGIT_REQUIRED);
    }
    return Optional.empty();
  }
}
