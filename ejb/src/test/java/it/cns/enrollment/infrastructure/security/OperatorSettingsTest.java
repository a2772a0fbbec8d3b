package it.cns.enrollment.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OperatorSettingsTest {

  @Test
  void fiveWrongPasswordsByDefault() {
    assertThat(OperatorSettings.lockout(name -> null).maxFailedAttempts()).isEqualTo(5);
  }

  @Test
  void readsTheVariable() {
    assertThat(
            OperatorSettings.lockout(Map.of("CNS_OPERATOR_MAX_ATTEMPTS", " 3 ")::get)
                .maxFailedAttempts())
        .isEqualTo(3);
  }

  @Test
  void refusesValuesOutOfRangeNamingTheVariable() {
    for (String bad : new String[] {"0", "-1", "abc", "1000"}) {
      assertThatThrownBy(
              () -> OperatorSettings.lockout(Map.of("CNS_OPERATOR_MAX_ATTEMPTS", bad)::get))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("CNS_OPERATOR_MAX_ATTEMPTS");
    }
  }
}
