package it.cns.enrollment.domain.activation;

import java.util.Objects;

/** The Argon2id PHC strings of a whole PIN, PUK and CIP: all that is ever stored of the codes. */
public record CodeHashes(String pinHash, String pukHash, String cipHash) {

  public CodeHashes {
    requireHash(pinHash, "PIN");
    requireHash(pukHash, "PUK");
    requireHash(cipHash, "CIP");
  }

  private static void requireHash(String hash, String what) {
    Objects.requireNonNull(hash, what + " hash is required");
    if (!hash.startsWith("$argon2id$")) {
      throw new IllegalArgumentException(what + " must be stored as an Argon2id hash");
    }
  }

  @Override
  public String toString() {
    return "CodeHashes[argon2id x3]";
  }
}
