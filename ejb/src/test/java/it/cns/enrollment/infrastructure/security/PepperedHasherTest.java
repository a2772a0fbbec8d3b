package it.cns.enrollment.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** #15 item 9: the pepper keys new hashes, and hashes made without it migrate at their next use. */
class PepperedHasherTest {

  private static final char[] CIP = "48151623".toCharArray();
  private static final Pepper PEPPER = Pepper.of(filled(32, (byte) 7));
  private static final Pepper OTHER = Pepper.of(filled(32, (byte) 8));

  private static final Argon2idHasher PLAIN = new Argon2idHasher(64, 1, 1, 1);
  private static final Argon2idHasher PEPPERED = new Argon2idHasher(64, 1, 1, 1, PEPPER);

  private static byte[] filled(int n, byte b) {
    byte[] key = new byte[n];
    Arrays.fill(key, b);
    return key;
  }

  @Test
  void aPepperedHashNamesItsPepperAndVerifiesOnlyWithIt() {
    String encoded = PEPPERED.hash(CIP);

    assertThat(encoded).startsWith("$argon2id$v=19$m=64,t=1,p=1,keyid=" + PEPPER.id() + "$");
    assertThat(PEPPERED.verify(CIP, encoded)).isTrue();
    assertThat(PEPPERED.verify("48151624".toCharArray(), encoded)).isFalse();
    assertThat(PLAIN.verify(CIP, encoded)).as("a dump without the pepper").isFalse();
    assertThat(new Argon2idHasher(64, 1, 1, 1, OTHER).verify(CIP, encoded))
        .as("another pepper")
        .isFalse();
  }

  @Test
  void theKeyidIsCheckedNotJustCopied() {
    // The same hash relabelled as made without a pepper does not verify without it.
    String encoded = PEPPERED.hash(CIP);
    String unlabelled = encoded.replace(",keyid=" + PEPPER.id(), "");
    assertThat(PEPPERED.verify(CIP, unlabelled)).isFalse();
    assertThat(PLAIN.verify(CIP, unlabelled)).isFalse();
  }

  @Test
  void aHashMadeBeforeThePepperStillVerifiesAndAsksToBeRehashed() {
    String old = PLAIN.hash(CIP);

    assertThat(PEPPERED.verify(CIP, old)).isTrue();
    assertThat(PEPPERED.needsRehash(old)).isTrue();
    String migrated = PEPPERED.hash(CIP);
    assertThat(PEPPERED.needsRehash(migrated)).isFalse();
    assertThat(PLAIN.needsRehash(migrated))
        .as("without the pepper, a keyed hash is foreign")
        .isTrue();
  }

  @Test
  void aPepperShorterThan256BitsIsRefused() {
    assertThatThrownBy(() -> Pepper.of(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    assertThat(PEPPER.toString()).doesNotContain("7777").contains(PEPPER.id());
  }
}
