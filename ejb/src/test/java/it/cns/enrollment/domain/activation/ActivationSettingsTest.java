package it.cns.enrollment.domain.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActivationSettingsTest {

  @Test
  void defaultsToEightDigitCodesAndThreeCipAttempts() {
    ActivationSettings s = ActivationSettings.defaults();
    assertThat(s).isEqualTo(new ActivationSettings(8, 8, 8, 3));
    assertThat(s.length(CodeKind.PUK)).isEqualTo(8);
  }

  @Test
  void refusesOddOrShortLengthsNamingTheSetting() {
    assertThatThrownBy(() -> new ActivationSettings(7, 8, 8, 3))
        .hasMessageContaining("CNS_PIN_LENGTH=7");
    assertThatThrownBy(() -> new ActivationSettings(8, 4, 8, 3))
        .hasMessageContaining("CNS_PUK_LENGTH=4");
    assertThatThrownBy(() -> new ActivationSettings(8, 8, 34, 3))
        .hasMessageContaining("CNS_CIP_LENGTH=34");
    assertThatThrownBy(() -> new ActivationSettings(8, 8, 8, 0))
        .hasMessageContaining("CNS_CIP_MAX_ATTEMPTS=0");
  }
}
