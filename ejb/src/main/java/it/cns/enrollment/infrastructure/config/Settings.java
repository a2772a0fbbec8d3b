package it.cns.enrollment.infrastructure.config;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * The application's settings from environment variables - the same mechanism the server
 * configuration uses ({@code ${env.X:default}}), so that one launcher sets both.
 */
public final class Settings {

  private final Function<String, String> env;

  public Settings(Function<String, String> env) {
    this.env = env;
  }

  public static Settings fromEnvironment() {
    return new Settings(System::getenv);
  }

  public Optional<String> get(String name) {
    String value = env.apply(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  public Optional<Path> path(String name) {
    return get(name).map(Path::of);
  }

  public <E extends Enum<E>> E enumValue(String name, Class<E> type, E fallback) {
    return get(name)
        .map(
            v -> {
              try {
                return Enum.valueOf(type, v.toUpperCase(java.util.Locale.ROOT));
              } catch (IllegalArgumentException e) {
                throw new IllegalStateException(
                    name
                        + "="
                        + v
                        + " is not one of "
                        + java.util.Arrays.toString(type.getEnumConstants()),
                    e);
              }
            })
        .orElse(fallback);
  }

  /**
   * Directory of trusted CNS issuer certificates; defaults to the dev PKI's {@code cns-anchors}.
   */
  public Optional<Path> trustDirectory() {
    return path("CNS_TRUST_DIR").or(() -> path("CNS_PKI_DIR").map(p -> p.resolve("cns-anchors")));
  }

  /** An ETSI TS 119 612 trusted list file (AgID's TSL-IT.xml), optional. */
  public Optional<Path> trustedList() {
    return path("CNS_TRUSTED_LIST");
  }

  /** The certificate (PEM or DER) whose key must have signed the trusted list. */
  public Optional<Path> trustedListSigner() {
    return path("CNS_TRUSTED_LIST_SIGNER");
  }
}
