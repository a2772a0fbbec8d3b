package it.cns.enrollment.it.load;

import java.security.AlgorithmConstraints;
import java.security.AlgorithmParameters;
import java.security.CryptoPrimitive;
import java.security.Key;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.SSLParameters;

/**
 * Which of the server's two keys (RSA-2048 and ECDSA P-256, issue #19) the load generator's
 * handshakes make it use: {@code -Dbench.server.key=rsa} (the default, as in every run before the
 * EC key) or {@code ec}. The server picks by the signature schemes a client offers, in the client's
 * order, and a JDK client offers ECDSA first; for {@code rsa} each connection refuses ECDSA
 * signatures (a per-connection algorithm constraint, since Java 17 sets the offered schemes only
 * for the whole JVM). The cards are RSA and sign with RSA either way; only the server's key
 * changes.
 */
public enum ServerKeyChoice {
  RSA,
  EC;

  /** From {@code bench.server.key}. */
  public static ServerKeyChoice fromSetting(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "rsa" -> RSA;
      case "ec", "ecdsa" -> EC;
      default ->
          throw new IllegalArgumentException("bench.server.key must be rsa or ec, not " + value);
    };
  }

  private static volatile ServerKeyChoice current = RSA;

  /** The choice every connection opened from now on applies. */
  public static void use(ServerKeyChoice choice) {
    current = choice;
  }

  public static ServerKeyChoice current() {
    return current;
  }

  /** Applies the current choice to a connection's parameters, before its handshake. */
  static void applyTo(SSLParameters parameters) {
    if (current == RSA) {
      parameters.setAlgorithmConstraints(NO_ECDSA_SIGNATURES);
    }
  }

  private static final AlgorithmConstraints NO_ECDSA_SIGNATURES =
      new AlgorithmConstraints() {
        @Override
        public boolean permits(
            Set<CryptoPrimitive> primitives, String algorithm, AlgorithmParameters parameters) {
          return !(primitives.contains(CryptoPrimitive.SIGNATURE)
              && algorithm != null
              && algorithm.toLowerCase(Locale.ROOT).contains("ecdsa"));
        }

        @Override
        public boolean permits(Set<CryptoPrimitive> primitives, Key key) {
          return true;
        }

        @Override
        public boolean permits(
            Set<CryptoPrimitive> primitives,
            String algorithm,
            Key key,
            AlgorithmParameters parameters) {
          return permits(primitives, algorithm, parameters);
        }
      };
}
