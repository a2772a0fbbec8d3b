package it.cns.enrollment.application.credentials;

import it.cns.enrollment.domain.credential.Password;
import it.cns.enrollment.domain.credential.PasswordPolicy;
import it.cns.enrollment.domain.credential.PasswordPolicyException;
import it.cns.enrollment.domain.credential.SecretHasher;
import java.util.Arrays;
import java.util.List;

/** The new password of a password change, citizen's or operator's: checked, hashed, wiped. */
final class NewPassword {

  private NewPassword() {}

  /**
   * Checks {@code next} against {@code policy} and the hashes it must not match, and hashes it.
   * Every copy made here is wiped; the caller owns {@code next} and wipes it.
   *
   * @throws PasswordPolicyException naming the rule broken
   */
  static String hash(
      char[] next, PasswordPolicy policy, List<String> earlierHashes, SecretHasher hasher) {
    Password candidate = Password.of(next == null ? new char[0] : next);
    char[] chars = null;
    try {
      policy.check(candidate, earlierHashes, hasher);
      chars = candidate.chars();
      return hasher.hash(chars);
    } finally {
      candidate.wipe();
      if (chars != null) {
        Arrays.fill(chars, '\0');
      }
    }
  }
}
