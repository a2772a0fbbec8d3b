package it.cns.enrollment.domain.mail;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import java.util.Locale;
import java.util.Objects;

/**
 * An e-mail address the system may write to: the common subset of RFC 5322 that mail servers accept
 * everywhere. One {@code @}; the local part a dot-atom (letters, digits and {@code
 * !#$%&'*+/=?^_`{|}~-}, dots only between them), at most 64 characters; the domain at least two
 * dot-separated labels of letters, digits and inner hyphens, 1 to 63 characters each, the last not
 * all digits; at most 254 characters in all. Quoted local parts, comments, IP-literal domains and
 * non-ASCII addresses are refused: nobody types them at a counter, and not every relay takes them.
 *
 * <p>The domain is kept in lower case (it is case-insensitive), the local part as written. {@link
 * #toString()} is the masked form, so an address logged by mistake does not identify its owner;
 * {@link #value()} is the address itself.
 */
public final class EmailAddress {

  /** The longest address (RFC 5321's path limit less the angle brackets). */
  public static final int MAX_LENGTH = 254;

  private static final int MAX_LOCAL_LENGTH = 64;
  private static final int MAX_LABEL_LENGTH = 63;
  private static final String ATEXT_SPECIALS = "!#$%&'*+/=?^_`{|}~-";

  private final String value;

  private EmailAddress(String value) {
    this.value = value;
  }

  /**
   * The address in {@code text}, surrounding blanks ignored.
   *
   * @throws BusinessRefusal with {@link ErrorCode#INVALID_EMAIL} when it is not a valid address
   */
  public static EmailAddress parse(String text) {
    if (text == null) {
      throw invalid("no address");
    }
    String s = text.strip();
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      throw invalid("empty or longer than " + MAX_LENGTH);
    }
    int at = s.indexOf('@');
    if (at < 0 || at != s.lastIndexOf('@')) {
      throw invalid("not exactly one @");
    }
    String local = s.substring(0, at);
    String domain = s.substring(at + 1).toLowerCase(Locale.ROOT);
    checkLocalPart(local);
    checkDomain(domain);
    return new EmailAddress(local + "@" + domain);
  }

  /** Whether {@code text} is a valid address (see {@link #parse}). */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (BusinessRefusal e) {
      return false;
    }
  }

  private static void checkLocalPart(String local) {
    if (local.isEmpty() || local.length() > MAX_LOCAL_LENGTH) {
      throw invalid("local part empty or too long");
    }
    for (String atom : local.split("\\.", -1)) {
      if (atom.isEmpty()) {
        throw invalid("local part has a leading, trailing or double dot");
      }
      for (int i = 0; i < atom.length(); i++) {
        char c = atom.charAt(i);
        if (!isAsciiLetterOrDigit(c) && ATEXT_SPECIALS.indexOf(c) < 0) {
          throw invalid("local part has a character outside the dot-atom set");
        }
      }
    }
  }

  private static void checkDomain(String domain) {
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      throw invalid("domain without a dot");
    }
    for (String label : labels) {
      if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH) {
        throw invalid("domain label empty or longer than " + MAX_LABEL_LENGTH);
      }
      if (label.startsWith("-") || label.endsWith("-")) {
        throw invalid("domain label starts or ends with a hyphen");
      }
      for (int i = 0; i < label.length(); i++) {
        char c = label.charAt(i);
        if (!isAsciiLetterOrDigit(c) && c != '-') {
          throw invalid("domain has a character other than letters, digits, hyphens and dots");
        }
      }
    }
    if (labels[labels.length - 1].chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw invalid("top-level domain is all digits");
    }
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static BusinessRefusal invalid(String why) {
    // The detail names the rule, never the address (the exception may be logged).
    return new BusinessRefusal(ErrorCode.INVALID_EMAIL, why);
  }

  /** The address, as the mail goes to it. */
  public String value() {
    return value;
  }

  /** The part after the {@code @}, in lower case. */
  public String domain() {
    return value.substring(value.indexOf('@') + 1);
  }

  /**
   * The address for pages and logs: the first character of the local part, three stars, the domain
   * ({@code m***@example.it}).
   */
  public String masked() {
    return value.charAt(0) + "***@" + domain();
  }

  /**
   * The masked form of {@code text} if it is an address, otherwise a placeholder: for logging
   * values that were never validated.
   */
  public static String mask(String text) {
    try {
      return parse(text).masked();
    } catch (BusinessRefusal e) {
      return "***";
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmailAddress other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  /** The masked form (see {@link #masked()}); {@link #value()} gives the address. */
  @Override
  public String toString() {
    return masked();
  }
}
