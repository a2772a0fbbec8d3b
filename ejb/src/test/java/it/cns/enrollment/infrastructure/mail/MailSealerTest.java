package it.cns.enrollment.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailSealerTest {

  private static final String KEY = MailSealer.newBase64Key();
  private static final byte[] AAD =
      "cns-outbox-v1\nK\nactivation:1\na@example.it".getBytes(StandardCharsets.UTF_8);
  private static final String BODY =
      "Gentile titolare, ecco la seconda parte dei codici: PIN 4711, PUK 8812, CIP 5573. Perché"
          + " così è più sicuro. / Dear holder, ...";

  @Test
  void sealsAndOpensTheBody() {
    MailSealer sealer = MailSealer.fromBase64Key(KEY);
    byte[] sealed = sealer.seal(BODY.toCharArray(), AAD);
    assertThat(new String(sealer.open(sealed, AAD))).isEqualTo(BODY);
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("4711", "PIN");
  }

  @Test
  void everySealUsesAFreshIv() {
    MailSealer sealer = MailSealer.fromBase64Key(KEY);
    byte[] one = sealer.seal(BODY.toCharArray(), AAD);
    byte[] two = sealer.seal(BODY.toCharArray(), AAD);
    assertThat(one).isNotEqualTo(two);
    assertThat(one[0]).isEqualTo(MailSealer.FORMAT);
    // format byte + 12-byte IV + UTF-8 text + 16-byte tag
    assertThat(one).hasSize(1 + 12 + BODY.getBytes(StandardCharsets.UTF_8).length + 16);
  }

  @Test
  void refusesAnyChangedByte() {
    MailSealer sealer = MailSealer.fromBase64Key(KEY);
    byte[] sealed = sealer.seal(BODY.toCharArray(), AAD);
    // IV, ciphertext and tag: every position matters
    for (int i = 1; i < sealed.length; i++) {
      byte[] changed = sealed.clone();
      changed[i] ^= 0x01;
      assertThatThrownBy(() -> sealer.open(changed, AAD))
          .as("byte %d", i)
          .isInstanceOf(SealedBodyException.class);
    }
  }

  @Test
  void refusesATruncatedOrUnknownFormat() {
    MailSealer sealer = MailSealer.fromBase64Key(KEY);
    byte[] sealed = sealer.seal(BODY.toCharArray(), AAD);
    byte[] otherFormat = sealed.clone();
    otherFormat[0] = 2;
    assertThatThrownBy(() -> sealer.open(otherFormat, AAD)).isInstanceOf(SealedBodyException.class);
    assertThatThrownBy(() -> sealer.open(new byte[20], AAD))
        .isInstanceOf(SealedBodyException.class);
  }

  @Test
  void refusesAnotherRowsAssociatedData() {
    MailSealer sealer = MailSealer.fromBase64Key(KEY);
    byte[] sealed = sealer.seal(BODY.toCharArray(), AAD);
    byte[] otherRow =
        "cns-outbox-v1\nK\nactivation:1\nb@example.it".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> sealer.open(sealed, otherRow)).isInstanceOf(SealedBodyException.class);
  }

  @Test
  void refusesAnotherKey() {
    byte[] sealed = MailSealer.fromBase64Key(KEY).seal(BODY.toCharArray(), AAD);
    MailSealer other = MailSealer.fromBase64Key(MailSealer.newBase64Key());
    assertThatThrownBy(() -> other.open(sealed, AAD)).isInstanceOf(SealedBodyException.class);
  }

  @Test
  void acceptsUrlSafeBase64WithoutPadding() {
    byte[] raw = Base64.getDecoder().decode(KEY);
    String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    byte[] sealed = MailSealer.fromBase64Key(KEY).seal(BODY.toCharArray(), AAD);
    assertThat(new String(MailSealer.fromBase64Key(" " + urlSafe + "\n").open(sealed, AAD)))
        .isEqualTo(BODY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void aMissingKeyNamesTheVariable(String key) {
    assertThatThrownBy(() -> MailSealer.fromBase64Key(key))
        .isInstanceOf(InvalidOutboxKeyException.class)
        .hasMessageContaining("CNS_OUTBOX_KEY is not set");
    assertThatThrownBy(() -> MailSealer.fromBase64Key(null))
        .isInstanceOf(InvalidOutboxKeyException.class);
  }

  @Test
  void aKeyThatIsNotBase64IsRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> MailSealer.fromBase64Key("not*base64*at*all!"))
        .isInstanceOf(InvalidOutboxKeyException.class)
        .hasMessageContaining("not valid base64")
        .hasMessageNotContaining("not*base64");
  }

  @Test
  void aKeyOfAnotherLengthIsRefused() {
    String sixteen = Base64.getEncoder().encodeToString(new byte[16]);
    assertThatThrownBy(() -> MailSealer.fromBase64Key(sixteen))
        .isInstanceOf(InvalidOutboxKeyException.class)
        .hasMessageContaining("32 bytes")
        .hasMessageContaining("not 16");
  }

  @Test
  void anObviouslyNonRandomKeyIsRefused() {
    String zeros = Base64.getEncoder().encodeToString(new byte[32]);
    assertThatThrownBy(() -> MailSealer.fromBase64Key(zeros))
        .isInstanceOf(InvalidOutboxKeyException.class)
        .hasMessageContaining("not random");
  }

  @Test
  void toStringHidesTheKey() {
    assertThat(MailSealer.fromBase64Key(KEY).toString()).doesNotContain(KEY).contains("hidden");
  }
}
