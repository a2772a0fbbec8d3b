package it.cns.enrollment.domain.credential;

/**
 * Argon2id with tiny parameters, so that unit tests stay fast (real ones: see SecretHasherTest).
 */
public final class TestHashers {

  private TestHashers() {}

  /** 64 KiB, 1 iteration, 1 lane: a few hundred microseconds per hash. */
  public static SecretHasher fast() {
    return new SecretHasher(64, 1, 1);
  }
}
