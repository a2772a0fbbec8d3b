package it.cns.enrollment.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every secret the integration tests were shown or chose and sent (PINs, PUKs, CIPs, passwords,
 * initial passwords), gathered as the tests see them by the shared helpers - operators' initial
 * passwords ({@link TestOperators}), password changes ({@link Intranet}), the partner API's answers
 * and requests ({@link PartnerClient}), the PIN and initial password an abilitazione page shows and
 * the new password a citizen types into a password change ({@link Browser} for every HtmlUnit page,
 * {@link Chromium} for the browser's) - so that {@link SecretsScanIT}, run last, can search the
 * server's logs and database for each. In memory: failsafe runs every class of the execution in one
 * JVM. Codes shorter than {@link #MIN_LENGTH} (the 4-digit halves printed on the activation form)
 * are not kept: they would be found in any timestamp; their whole code is.
 */
final class ShownSecrets {

  /** What a secret is, for the report (the value itself is never printed). */
  enum Kind {
    PIN,
    PUK,
    CIP,
    PASSWORD,
    INITIAL_PASSWORD
  }

  record Shown(Kind kind, String value, String where) {
    @Override
    public String toString() {
      return kind + " shown to " + where;
    }
  }

  static final int MIN_LENGTH = 8;

  private static final List<Shown> SHOWN = new ArrayList<>();

  private ShownSecrets() {}

  /** The abilitazione page's secrets: {@code <dd id="issued-pin" ...>the PIN</dd>}. */
  private static final Pattern ISSUED =
      Pattern.compile("id=\"issued-(pin|password)\"[^>]*>([^<]*)<");

  /** The new password's fields of a password change form ({@code change-form:next}...). */
  private static final Pattern NEW_PASSWORD_FIELD = Pattern.compile("(?:^|:)(?:next|repeat)$");

  static synchronized void record(Kind kind, String value, String where) {
    if (value != null
        && value.length() >= MIN_LENGTH
        && SHOWN.stream().noneMatch(s -> s.kind() == kind && s.value().equals(value))) {
      SHOWN.add(new Shown(kind, value, where));
    }
  }

  /**
   * The PIN and initial password an abilitazione page shows, if this HTML is one; whether or not
   * the test goes on to read them, they were shown.
   */
  static void fromPage(String html, String where) {
    if (html == null || !html.contains("issued-")) {
      return;
    }
    Matcher m = ISSUED.matcher(html);
    while (m.find()) {
      record(
          m.group(1).equals("pin") ? Kind.PIN : Kind.INITIAL_PASSWORD,
          unescape(m.group(2).strip()),
          where);
    }
  }

  /** A value typed into a form field: kept if the field is a new password's. */
  static void typed(String field, String value, String where) {
    if (field != null && NEW_PASSWORD_FIELD.matcher(field).find()) {
      record(Kind.PASSWORD, value, where);
    }
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  /** By a property name of the contract (pin, password, cip...), if it names a secret. */
  static Kind kindOf(String property) {
    return switch (property.toLowerCase(Locale.ROOT)) {
      case "pin" -> Kind.PIN;
      case "puk" -> Kind.PUK;
      case "cip" -> Kind.CIP;
      case "password" -> Kind.PASSWORD;
      case "initialpassword" -> Kind.INITIAL_PASSWORD;
      default -> null;
    };
  }

  static synchronized List<Shown> all() {
    return List.copyOf(SHOWN);
  }
}
