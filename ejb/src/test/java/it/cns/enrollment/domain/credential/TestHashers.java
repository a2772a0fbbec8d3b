package it.cns.enrollment.domain.credential;

import it.cns.enrollment.infrastructure.security.Argon2idHasher;

/**
 * The real Argon2id hasher with tiny parameters, so that unit tests stay fast (real ones: see
 * Argon2idHasherTest).
 */
public final class TestHashers {

  private TestHashers() {}

  /** 64 KiB, 1 iteration, 1 lane: a few hundred microseconds per hash. */
  public static Argon2idHasher fast() {
    return new Argon2idHasher(64, 1, 1);
  }
}
