package it.cns.enrollment.domain.credential;

/**
 * One-way hashing of the secrets the domain stores (PIN, password, PUK, CIP): a salted, slow hash
 * encoded with its parameters, so that they can be raised later without invalidating stored hashes.
 * The implementation (Argon2id, with its library and its limit on concurrent hashes) is
 * infrastructure's; the domain only asks these questions.
 */
public interface SecretHasher {

  /** The encoded hash of {@code secret} under a fresh salt and the current parameters. */
  String hash(char[] secret);

  /**
   * The encoded hashes of {@code secrets}, in their order, each as {@link #hash} makes it. An
   * implementation may compute them at the same time where it has idle room; this one computes them
   * one after the other.
   */
  default String[] hashEach(char[]... secrets) {
    String[] hashes = new String[secrets.length];
    for (int i = 0; i < secrets.length; i++) {
      hashes[i] = hash(secrets[i]);
    }
    return hashes;
  }

  /**
   * Whether {@code secret} is the one hashed in {@code encoded}, with the parameters written there,
   * compared in constant time. A malformed encoding never matches and raises nothing: a stored
   * value cannot be made to throw at login.
   */
  boolean verify(char[] secret, String encoded);

  /** Whether a stored hash was made with parameters other than the current ones. */
  boolean needsRehash(String encoded);

  /**
   * A hash of a random secret under the current parameters, which never matches anything: checking
   * a submitted secret against it costs what checking against a real stored hash costs, so a
   * refusal for an unknown person takes as long as one for a wrong secret.
   */
  String dummyHash();
}
