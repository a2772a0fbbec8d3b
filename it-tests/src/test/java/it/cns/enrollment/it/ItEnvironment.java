package it.cns.enrollment.it;

import java.nio.file.Path;

/** Where the build put the test server, PKI and database (failsafe system properties). */
final class ItEnvironment {

  private ItEnvironment() {}

  static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "system property " + name + " is not set: run the tests with `mvn verify`");
    }
    return value;
  }

  static Path pkiDir() {
    return Path.of(property("it.pki.dir"));
  }

  static char[] pkiPassword() {
    return property("it.pki.password").toCharArray();
  }

  /**
   * Where the server downloads its trusted list from (CNS_TRUSTED_LIST_URL): TrustedListDownloadIT.
   */
  static int trustedListPort() {
    return Integer.parseInt(property("it.port.trustedlist"));
  }

  static Path ear() {
    return Path.of(property("it.ear"));
  }

  static String dbUrl() {
    return property("it.db.url");
  }

  static String dbPassword() {
    return property("it.db.password");
  }

  /** Password of {@code cns_owner}, the role that owns the schema (the migrations run as it). */
  static String dbOwnerPassword() {
    return property("it.db.owner.password");
  }

  private static int port(int base) {
    return base + Integer.parseInt(property("it.port.offset"));
  }

  static int publicPort() {
    return port(8443);
  }

  static int smartcardPort() {
    return port(8444);
  }

  static int partnerPort() {
    return port(8445);
  }

  static int httpPort() {
    return port(8080);
  }

  static String publicUrl(String path) {
    return "https://localhost:" + publicPort() + path;
  }

  static String smartcardUrl(String path) {
    return "https://localhost:" + smartcardPort() + path;
  }

  static String partnerUrl(String path) {
    return "https://localhost:" + partnerPort() + path;
  }

  /** WildFly's management interface (health, metrics), plain HTTP on loopback. */
  static String managementUrl(String path) {
    return "http://127.0.0.1:" + property("it.port.management") + path;
  }

  /**
   * A hasher that checks what the test server stored: its Argon2id parameters for new hashes are
   * read back from each hash, but its pepper (CNS_HASH_PEPPER) must be the server's.
   */
  static it.cns.enrollment.infrastructure.security.Argon2idHasher hasher(
      int memoryKib, int iterations, int parallelism) {
    return new it.cns.enrollment.infrastructure.security.Argon2idHasher(
        memoryKib,
        iterations,
        parallelism,
        1,
        it.cns.enrollment.infrastructure.security.Pepper.of(
            java.util.Base64.getDecoder().decode(property("it.hash.pepper"))));
  }
}
