package it.cns.enrollment.domain.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ErrorCodeTest {

  @ParameterizedTest
  @EnumSource(ErrorCode.class)
  void everyCodeHasAnItalianAndAnEnglishMessage(ErrorCode code) {
    assertThat(code.messageIt()).isNotBlank();
    assertThat(code.messageEn()).isNotBlank().isNotEqualTo(code.messageIt());
  }

  @Test
  void anUnknownLanguageGetsItalianNotTheJvmDefault() {
    Locale previous = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertThat(ErrorCode.NOT_ENABLED.message(Locale.GERMAN))
          .isEqualTo(ErrorCode.NOT_ENABLED.messageIt());
    } finally {
      Locale.setDefault(previous);
    }
  }
}
