package it.cns.enrollment.domain.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "mario.rossi@example.it",
        "m@example.it",
        "mario+tscns@posta.example.it",
        "o'brien@example.co.uk",
        "a!#$%&'*+/=?^_`{|}~-z@example.it",
        "user@xn--caff-6oa.it",
        "user@mail-1.example.com",
        "123@456.example.it"
      })
  void acceptsCommonAddresses(String text) {
    assertThat(EmailAddress.parse(text).value()).isEqualTo(text);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "mario.rossi",
        "mario.rossi@",
        "@example.it",
        "mario@@example.it",
        "mario@rossi@example.it",
        ".mario@example.it",
        "mario.@example.it",
        "ma..rio@example.it",
        "mario rossi@example.it",
        "\"mario\"@example.it",
        "mario(comment)@example.it",
        "mario@example",
        "mario@.example.it",
        "mario@example..it",
        "mario@example.it.",
        "mario@-example.it",
        "mario@example-.it",
        "mario@exa_mple.it",
        "mario@[192.168.0.1]",
        "mario@192.168.0.1",
        "màrio@example.it",
        "mario@esempìo.it",
        "mario@example.it\r\nBcc: x@example.it",
        "mario@example.it,luigi@example.it"
      })
  void refusesWhatIsNotAPlainAddress(String text) {
    assertThatThrownBy(() -> EmailAddress.parse(text))
        .isInstanceOf(BusinessRefusal.class)
        .satisfies(
            e -> assertThat(((BusinessRefusal) e).code()).isEqualTo(ErrorCode.INVALID_EMAIL));
    assertThat(EmailAddress.isValid(text)).isFalse();
  }

  @Test
  void refusesLocalPartOver64AndAddressOver254() {
    String local64 = "a".repeat(64);
    assertThat(EmailAddress.isValid(local64 + "@example.it")).isTrue();
    assertThat(EmailAddress.isValid(local64 + "a@example.it")).isFalse();

    String label = "b".repeat(63);
    String domain = label + "." + label + "." + label + "." + "c".repeat(57) + ".it"; // 252
    assertThat(("a@" + domain).length()).isEqualTo(254);
    assertThat(EmailAddress.isValid("a@" + domain)).isTrue();
    assertThat(EmailAddress.isValid("aa@" + domain)).isFalse();
  }

  @Test
  void refusesDomainLabelOver63() {
    assertThat(EmailAddress.isValid("a@" + "b".repeat(63) + ".it")).isTrue();
    assertThat(EmailAddress.isValid("a@" + "b".repeat(64) + ".it")).isFalse();
  }

  @Test
  void ignoresSurroundingBlanksAndLowersTheDomainOnly() {
    EmailAddress a = EmailAddress.parse("  Mario.Rossi@Example.IT \t");
    assertThat(a.value()).isEqualTo("Mario.Rossi@example.it");
    assertThat(a.domain()).isEqualTo("example.it");
    assertThat(a).isEqualTo(EmailAddress.parse("Mario.Rossi@example.it"));
  }

  @Test
  void masksForPagesAndLogs() {
    EmailAddress a = EmailAddress.parse("mario.rossi@example.it");
    assertThat(a.masked()).isEqualTo("m***@example.it");
    assertThat(a.toString()).isEqualTo("m***@example.it").doesNotContain("rossi");
    assertThat(EmailAddress.parse("x@example.it").masked()).isEqualTo("x***@example.it");
    assertThat(EmailAddress.mask("not an address")).isEqualTo("***");
    assertThat(EmailAddress.mask(null)).isEqualTo("***");
  }

  @Test
  void theRefusalDoesNotRepeatTheAddress() {
    assertThatThrownBy(() -> EmailAddress.parse("mario.rossi@example"))
        .hasMessageNotContaining("mario.rossi");
  }
}
