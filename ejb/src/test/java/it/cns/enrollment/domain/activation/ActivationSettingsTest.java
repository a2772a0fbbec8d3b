package it.cns.enrollment.domain.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivationSettingsTest {

  @Test
  void defaultsToEightDigitCodesAndThreeCipAttempts() {
    ActivationSettings s = ActivationSettings.fromEnvironment(name -> null);
    assertThat(s).isEqualTo(new ActivationSettings(8, 8, 8, 3));
    assertThat(s.length(CodeKind.PUK)).isEqualTo(8);
  }

  @Test
  void readsEveryVariable() {
    Map<String, String> env =
        Map.of(
            "CNS_PIN_LENGTH", "6",
            "CNS_PUK_LENGTH", " 10 ",
            "CNS_CIP_LENGTH", "12",
            "CNS_CIP_MAX_ATTEMPTS", "5");
    assertThat(ActivationSettings.fromEnvironment(env::get))
        .isEqualTo(new ActivationSettings(6, 10, 12, 5));
  }

  @Test
  void refusesOddShortOrMalformedLengthsNamingTheVariable() {
    assertThatThrownBy(() -> ActivationSettings.fromEnvironment(Map.of("CNS_PIN_LENGTH", "7")::get))
        .hasMessageContaining("CNS_PIN_LENGTH=7");
    assertThatThrownBy(() -> ActivationSettings.fromEnvironment(Map.of("CNS_PUK_LENGTH", "4")::get))
        .hasMessageContaining("CNS_PUK_LENGTH=4");
    assertThatThrownBy(
            () -> ActivationSettings.fromEnvironment(Map.of("CNS_CIP_LENGTH", "otto")::get))
        .hasMessageContaining("CNS_CIP_LENGTH=otto");
    assertThatThrownBy(
            () -> ActivationSettings.fromEnvironment(Map.of("CNS_CIP_MAX_ATTEMPTS", "0")::get))
        .hasMessageContaining("CNS_CIP_MAX_ATTEMPTS=0");
  }
}
