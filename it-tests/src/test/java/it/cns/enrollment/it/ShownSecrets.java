package it.cns.enrollment.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every secret the integration tests were shown or chose and sent (PINs, PUKs, CIPs, passwords,
 * initial passwords), gathered as the tests see them by the shared helpers - operators' initial
 * passwords ({@link TestOperators}), password changes ({@link Intranet}), the partner API's answers
 * and requests ({@link PartnerClient}) - so that {@link SecretsScanIT}, run last, can search the
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

  static synchronized void record(Kind kind, String value, String where) {
    if (value != null && value.length() >= MIN_LENGTH) {
      SHOWN.add(new Shown(kind, value, where));
    }
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
