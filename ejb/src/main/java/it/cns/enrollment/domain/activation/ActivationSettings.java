package it.cns.enrollment.domain.activation;

/**
 * Lengths of the codes and the CIP attempt limit (settings {@code CNS_PIN_LENGTH}, {@code
 * CNS_PUK_LENGTH}, {@code CNS_CIP_LENGTH} (8 each by default; even, so that the two halves are
 * equal, and at least 6, so that each half has 3 digits or more; at most {@value #MAX_LENGTH}) and
 * {@code CNS_CIP_MAX_ATTEMPTS} (3: the third consecutive wrong CIP blocks revocation by CIP until a
 * supervisor unlocks it). The values are given; reading them is the configuration's job.
 */
public record ActivationSettings(int pinLength, int pukLength, int cipLength, int cipMaxAttempts) {

  public static final int DEFAULT_LENGTH = 8;
  public static final int MIN_LENGTH = 6;
  public static final int MAX_LENGTH = 32;
  public static final int DEFAULT_CIP_MAX_ATTEMPTS = 3;
  public static final int MAX_CIP_MAX_ATTEMPTS = 20;

  public ActivationSettings {
    checkLength("CNS_PIN_LENGTH", pinLength);
    checkLength("CNS_PUK_LENGTH", pukLength);
    checkLength("CNS_CIP_LENGTH", cipLength);
    if (cipMaxAttempts < 1 || cipMaxAttempts > MAX_CIP_MAX_ATTEMPTS) {
      throw new IllegalStateException(
          "CNS_CIP_MAX_ATTEMPTS=" + cipMaxAttempts + " must be 1-" + MAX_CIP_MAX_ATTEMPTS);
    }
  }

  /** The defaults: 8-digit codes, 3 CIP attempts. */
  public static ActivationSettings defaults() {
    return new ActivationSettings(
        DEFAULT_LENGTH, DEFAULT_LENGTH, DEFAULT_LENGTH, DEFAULT_CIP_MAX_ATTEMPTS);
  }

  public int length(CodeKind kind) {
    return switch (kind) {
      case PIN -> pinLength;
      case PUK -> pukLength;
      case CIP -> cipLength;
    };
  }

  private static void checkLength(String name, int length) {
    if (length < MIN_LENGTH || length > MAX_LENGTH || length % 2 != 0) {
      throw new IllegalStateException(
          name
              + "="
              + length
              + " must be an even number of digits from "
              + MIN_LENGTH
              + " to "
              + MAX_LENGTH);
    }
  }
}
