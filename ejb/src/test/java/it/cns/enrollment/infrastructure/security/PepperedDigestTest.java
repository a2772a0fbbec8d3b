package it.cns.enrollment.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** #15: login throttle keys are digests keyed with the pepper, not recomputable from a CF list. */
class PepperedDigestTest {

  private static final String CF = "RSSMRA80A01H501U";
  private static final PepperedDigest KEYED = new PepperedDigest(Pepper.of(filled((byte) 7)));
  private static final PepperedDigest OTHER = new PepperedDigest(Pepper.of(filled((byte) 8)));

  private static byte[] filled(byte b) {
    byte[] key = new byte[32];
    Arrays.fill(key, b);
    return key;
  }

  @Test
  void theSameTextGivesTheSameDigestOnEveryNodeWithTheSamePepper() {
    PepperedDigest sameKeyElsewhere = new PepperedDigest(Pepper.of(filled((byte) 7)));
    assertThat(KEYED.hex("login-throttle", CF))
        .hasSize(64)
        .matches("[0-9a-f]{64}")
        .isEqualTo(sameKeyElsewhere.hex("login-throttle", CF));
  }

  @Test
  void withoutThePepperTheDigestCannotBeRecomputed() throws Exception {
    String keyed = KEYED.hex("login-throttle", CF);
    String plainSha256 =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256").digest(CF.getBytes(StandardCharsets.UTF_8)));
    assertThat(keyed)
        .isNotEqualTo(plainSha256)
        .isNotEqualTo(OTHER.hex("login-throttle", CF))
        .isNotEqualTo(new PepperedDigest(null).hex("login-throttle", CF))
        .doesNotContain(CF);
  }

  @Test
  void eachPurposeHasItsOwnKey() {
    assertThat(KEYED.hex("login-throttle", CF)).isNotEqualTo(KEYED.hex("another-use", CF));
  }

  @Test
  void aServerWithoutPepperStillNeverStoresTheTextItself() {
    PepperedDigest unkeyed = new PepperedDigest(null);
    assertThat(unkeyed.keyed()).isFalse();
    assertThat(unkeyed.hex("login-throttle", CF)).matches("[0-9a-f]{64}").doesNotContain(CF);
  }
}
