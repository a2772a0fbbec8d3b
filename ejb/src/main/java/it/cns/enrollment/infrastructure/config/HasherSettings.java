package it.cns.enrollment.infrastructure.config;

import static it.cns.enrollment.infrastructure.config.Setting.CNS_ARGON2_CONCURRENCY;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_ARGON2_ITERATIONS;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_ARGON2_MEMORY_KIB;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_ARGON2_PARALLELISM;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_HASH_PEPPER;

import java.util.Base64;

/**
 * Argon2id parameters for new hashes ({@code CNS_ARGON2_*}) and how many hashes run at once. The
 * defaults are the OWASP minimum for Argon2id, and lower values are refused, so that a typo cannot
 * weaken every new hash.
 */
public record HasherSettings(
    int memoryKib, int iterations, int parallelism, int concurrency, byte[] pepper) {

  /** Shortest pepper accepted: 256 bits. */
  public static final int MIN_PEPPER_BYTES = 32;

  /** No pepper (terminal tools and tests that hash without one). */
  public HasherSettings(int memoryKib, int iterations, int parallelism, int concurrency) {
    this(memoryKib, iterations, parallelism, concurrency, null);
  }

  /** The pepper ({@code CNS_HASH_PEPPER}) is a secret: never in a log line or a message. */
  @Override
  public String toString() {
    return "HasherSettings[m="
        + memoryKib
        + ", t="
        + iterations
        + ", p="
        + parallelism
        + ", concurrency="
        + concurrency
        + (pepper == null ? ", no pepper" : ", pepper set")
        + "]";
  }

  /** The parameters read from {@code settings}; bad or weak values fail, naming the setting. */
  public static HasherSettings from(Settings settings) {
    int m = settings.integer(CNS_ARGON2_MEMORY_KIB, 1, 1 << 20);
    int t = settings.integer(CNS_ARGON2_ITERATIONS, 1, 64);
    int p = settings.integer(CNS_ARGON2_PARALLELISM, 1, 16);
    int c =
        settings.isSet(CNS_ARGON2_CONCURRENCY)
            ? settings.integer(CNS_ARGON2_CONCURRENCY, 1, 1024)
            : Runtime.getRuntime().availableProcessors();
    // The catalogue's defaults are the OWASP minimum (m=19456, t=2).
    int minM = Integer.parseInt(CNS_ARGON2_MEMORY_KIB.defaultValue().orElseThrow());
    int minT = Integer.parseInt(CNS_ARGON2_ITERATIONS.defaultValue().orElseThrow());
    if (m < minM || t < minT) {
      throw new InvalidSettingException(
          CNS_ARGON2_MEMORY_KIB.name()
              + "="
              + m
              + ", "
              + CNS_ARGON2_ITERATIONS.name()
              + "="
              + t
              + " are below the OWASP minimum for Argon2id (m="
              + minM
              + ", t="
              + minT
              + ")");
    }
    return new HasherSettings(m, t, p, c, pepper(settings));
  }

  /**
   * The pepper's bytes, or null when not set; not base64 or too short fails, naming the setting.
   */
  static byte[] pepper(Settings settings) {
    String text = settings.explicit(CNS_HASH_PEPPER).orElse(null);
    if (text == null) {
      return null;
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingException(CNS_HASH_PEPPER.name() + " is not base64");
    }
    if (key.length < MIN_PEPPER_BYTES) {
      throw new InvalidSettingException(
          CNS_HASH_PEPPER.name() + " must be at least " + MIN_PEPPER_BYTES + " bytes");
    }
    return key;
  }
}
