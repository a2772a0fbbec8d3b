package it.cns.enrollment.domain.error;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.application.text.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ErrorCodeTest {

  @ParameterizedTest
  @EnumSource(ErrorCode.class)
  void everyCodeHasAnItalianAndAnEnglishMessage(ErrorCode code) {
    assertThat(Messages.ITALIAN.of(code)).isNotBlank();
    assertThat(Messages.ENGLISH.of(code)).isNotBlank().isNotEqualTo(Messages.ITALIAN.of(code));
  }

  @Test
  void anUnknownLanguageGetsItalianNotTheJvmDefault() {
    Locale previous = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertThat(Messages.in(Locale.GERMAN).of(ErrorCode.NOT_ENABLED))
          .isEqualTo(Messages.ITALIAN.of(ErrorCode.NOT_ENABLED));
    } finally {
      Locale.setDefault(previous);
    }
  }
}
