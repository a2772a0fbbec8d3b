package it.cns.enrollment.domain.activation;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A fresh PIN, PUK and CIP: decimal digits from {@link SecureRandom}, every digit uniform over 0-9
 * (the first included). The first half of each code is printed on the activation form, the second
 * half e-mailed; neither half alone is the code, and only the hash of the whole code is stored.
 *
 * <p>The digits live in char arrays that {@link #wipe()} overwrites; every accessor hands out a
 * copy the caller wipes in turn. {@link #toString()} never shows a digit.
 */
public final class IssuedCodes implements AutoCloseable {

  private final Map<CodeKind, char[]> codes = new EnumMap<>(CodeKind.class);

  private IssuedCodes() {}

  /** New codes of the configured lengths. */
  public static IssuedCodes generate(SecureRandom random, ActivationSettings settings) {
    Objects.requireNonNull(random, "random source is required");
    Objects.requireNonNull(settings, "settings are required");
    IssuedCodes issued = new IssuedCodes();
    for (CodeKind kind : CodeKind.values()) {
      char[] digits = new char[settings.length(kind)];
      for (int i = 0; i < digits.length; i++) {
        digits[i] = (char) ('0' + random.nextInt(10));
      }
      issued.codes.put(kind, digits);
    }
    return issued;
  }

  /** A copy of the whole code (for hashing). */
  public char[] whole(CodeKind kind) {
    char[] code = code(kind);
    return Arrays.copyOf(code, code.length);
  }

  /** A copy of the first half: printed on the activation form. */
  public char[] firstHalf(CodeKind kind) {
    char[] code = code(kind);
    return Arrays.copyOfRange(code, 0, code.length / 2);
  }

  /** A copy of the second half: e-mailed. */
  public char[] secondHalf(CodeKind kind) {
    char[] code = code(kind);
    return Arrays.copyOfRange(code, code.length / 2, code.length);
  }

  public int length(CodeKind kind) {
    return code(kind).length;
  }

  /** Overwrites every digit; the codes can no longer be read. */
  public void wipe() {
    codes.values().forEach(c -> Arrays.fill(c, '\0'));
    codes.clear();
  }

  @Override
  public void close() {
    wipe();
  }

  private char[] code(CodeKind kind) {
    char[] code = codes.get(Objects.requireNonNull(kind, "code kind is required"));
    if (code == null) {
      throw new IllegalStateException("the codes were wiped");
    }
    return code;
  }

  @Override
  public String toString() {
    return "IssuedCodes[hidden]";
  }
}
