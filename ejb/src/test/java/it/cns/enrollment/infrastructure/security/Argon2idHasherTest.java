package it.cns.enrollment.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.domain.credential.TestHashers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Argon2idHasherTest {

  private static final Argon2idHasher FAST = TestHashers.fast();
  private static final String PHC =
      "\\$argon2id\\$v=19\\$m=[0-9]+,t=[0-9]+,p=[0-9]+\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}";

  @Test
  void verifiesTheSecretItHashed() {
    String encoded = FAST.hash("Segreto123!".toCharArray());

    assertThat(encoded).matches(PHC).startsWith("$argon2id$v=19$m=64,t=1,p=1$");
    assertThat(encoded).doesNotContain("Segreto");
    assertThat(FAST.verify("Segreto123!".toCharArray(), encoded)).isTrue();
  }

  @Test
  void refusesAWrongSecret() {
    String encoded = FAST.hash("Segreto123!".toCharArray());

    assertThat(FAST.verify("segreto123!".toCharArray(), encoded)).isFalse();
    assertThat(FAST.verify("Segreto123".toCharArray(), encoded)).isFalse();
    assertThat(FAST.verify(new char[0], encoded)).isFalse();
  }

  @Test
  void twoHashesOfTheSameSecretDifferBecauseOfTheSalt() {
    String a = FAST.hash("0123456789".toCharArray());
    String b = FAST.hash("0123456789".toCharArray());

    assertThat(a).isNotEqualTo(b);
    assertThat(a.split("\\$")[4]).isNotEqualTo(b.split("\\$")[4]);
    assertThat(Base64.getDecoder().decode(a.split("\\$")[4])).hasSize(16);
  }

  @Test
  void readsTheParametersFromTheStoredStringSoTheyCanBeTunedLater() {
    Argon2idHasher old = new Argon2idHasher(64, 1, 1);
    Argon2idHasher tuned = new Argon2idHasher(256, 3, 2);
    String storedByOld = old.hash("Segreto123!".toCharArray());

    assertThat(tuned.verify("Segreto123!".toCharArray(), storedByOld)).isTrue();
    assertThat(tuned.needsRehash(storedByOld)).isTrue();
    assertThat(tuned.hash("x".toCharArray())).startsWith("$argon2id$v=19$m=256,t=3,p=2$");
    assertThat(old.needsRehash(storedByOld)).isFalse();
  }

  @Test
  void changingAParameterInTheStoredStringMakesItFail() {
    String encoded = FAST.hash("Segreto123!".toCharArray());

    assertThat(FAST.verify("Segreto123!".toCharArray(), encoded.replace("t=1", "t=2"))).isFalse();
    assertThat(FAST.verify("Segreto123!".toCharArray(), encoded.replace("m=64", "m=128")))
        .isFalse();
  }

  @Test
  void aTamperedHashOrSaltNeverMatches() {
    String encoded = FAST.hash("Segreto123!".toCharArray());
    String[] parts = encoded.split("\\$");
    String hash = parts[5];
    String salt = parts[4];
    String flippedHash = (hash.charAt(0) == 'A' ? 'B' : 'A') + hash.substring(1);
    String flippedSalt = (salt.charAt(0) == 'A' ? 'B' : 'A') + salt.substring(1);

    assertThat(FAST.verify("Segreto123!".toCharArray(), encoded.replace(hash, flippedHash)))
        .isFalse();
    assertThat(FAST.verify("Segreto123!".toCharArray(), encoded.replace(salt, flippedSalt)))
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "garbage",
        "$argon2i$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "$argon2id$v=16$m=64,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$",
        "$argon2id$v=19$m=64,t=0,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "$argon2id$v=19$m=99999999,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNo",
        "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFz!GhhHNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "$argon2id$v=19$m=64,t=1,p=1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g"
      })
  void aMalformedEncodingNeverMatchesAndNeverThrows(String encoded) {
    assertThat(FAST.verify("Segreto123!".toCharArray(), encoded)).isFalse();
    assertThat(FAST.needsRehash(encoded)).isTrue();
  }

  @Test
  void aNullEncodingNeverMatches() {
    assertThat(FAST.verify("x".toCharArray(), null)).isFalse();
  }

  @Test
  void agreesWithBouncyCastlesArgon2idComputedIndependently() {
    String encoded = FAST.hash("Segreto123!".toCharArray());
    String[] parts = encoded.split("\\$");
    byte[] salt = Base64.getDecoder().decode(parts[4]);
    byte[] expected = new byte[32];
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(64)
            .withIterations(1)
            .withParallelism(1)
            .withSalt(salt)
            .build());
    generator.generateBytes(
        "Segreto123!".getBytes(java.nio.charset.StandardCharsets.UTF_8), expected);

    assertThat(Base64.getDecoder().decode(parts[5])).isEqualTo(expected);
  }

  @Test
  void secretsBeyondAsciiAreHashedAsUtf8() {
    String encoded = FAST.hash("pässwörd€1".toCharArray());

    assertThat(FAST.verify("pässwörd€1".toCharArray(), encoded)).isTrue();
    assertThat(FAST.verify("passwörd€1".toCharArray(), encoded)).isFalse();
  }

  @Test
  void comparesInConstantTime() throws IOException {
    // The comparison is MessageDigest.isEqual (time independent of where bytes differ), and the
    // verification goes through it rather than Arrays.equals or String.equals.
    assertThat(Argon2idHasher.constantTimeEquals(new byte[] {1, 2, 3}, new byte[] {1, 2, 3}))
        .isTrue();
    assertThat(Argon2idHasher.constantTimeEquals(new byte[] {1, 2, 3}, new byte[] {1, 2, 4}))
        .isFalse();
    assertThat(Argon2idHasher.constantTimeEquals(new byte[] {1, 2, 3}, new byte[] {1, 2}))
        .isFalse();
    String source =
        Files.readString(
            Path.of("src/main/java/it/cns/enrollment/infrastructure/security/Argon2idHasher.java"));
    assertThat(source)
        .contains("return MessageDigest.isEqual(a, b);")
        .contains("return constantTimeEquals(actual, parsed.hash);")
        .doesNotContain("Arrays.equals(");
  }

  @Test
  void refusesParametersThatMakeNoSense() {
    assertThatThrownBy(() -> new Argon2idHasher(64, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Argon2idHasher(64, 1, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("concurrency");
  }

  @Test
  void callersBeyondTheConcurrencyWaitTheirTurnAndGetTheirAnswer() throws Exception {
    Argon2idHasher one = new Argon2idHasher(64, 1, 1, 1);
    String stored = one.hash("0123456789".toCharArray());
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> one.verify("0123456789".toCharArray(), stored)));
      }
      for (java.util.concurrent.Future<Boolean> r : results) {
        assertThat(r.get()).as("queued callers get their answer").isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theDummyHashNeverMatchesAndCostsWhatARealOneCosts() {
    String dummy = FAST.dummyHash();

    assertThat(dummy).startsWith("$argon2id$v=19$m=64,t=1,p=1$").isEqualTo(FAST.dummyHash());
    assertThat(FAST.needsRehash(dummy)).isFalse();
    assertThat(FAST.verify("".toCharArray(), dummy)).isFalse();
    assertThat(FAST.verify("0123456789".toCharArray(), dummy)).isFalse();
  }

  @Test
  void toStringShowsParametersOnly() {
    assertThat(FAST.toString()).isEqualTo("SecretHasher[argon2id m=64 KiB, t=1, p=1]");
  }
}
