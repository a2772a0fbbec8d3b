package it.cns.enrollment.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

  private static Settings of(Map<String, String> values) {
    return new Settings(values::get);
  }

  @Test
  void aBlankValueIsUnsetAndAValueIsTrimmed() {
    Settings s = of(Map.of("CNS_MAIL_POLL_SECONDS", "  ", "CNS_MAIL_MAX_ATTEMPTS", " 4 "));
    assertThat(s.explicit(Setting.CNS_MAIL_POLL_SECONDS)).isEmpty();
    assertThat(s.get(Setting.CNS_MAIL_POLL_SECONDS)).contains("30");
    assertThat(s.explicit(Setting.CNS_MAIL_MAX_ATTEMPTS)).contains("4");
  }

  @Test
  void aRequiredSettingThatIsUnsetSaysSo() {
    assertThatThrownBy(() -> of(Map.of()).text(Setting.CNS_OUTBOX_KEY))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessage("CNS_OUTBOX_KEY is not set");
  }

  @Test
  void aRefusedSecretIsNamedButNotShown() {
    assertThat(Settings.invalid(Setting.CNS_OUTBOX_KEY, "s3cret", "is wrong"))
        .hasMessage("CNS_OUTBOX_KEY is wrong");
    assertThat(Settings.invalid(Setting.CNS_HTTP_PORT, "x", "is wrong"))
        .hasMessage("CNS_HTTP_PORT=x is wrong");
  }

  @Test
  void theLogLineListsWhatIsSetAndHidesSecrets() {
    Settings s =
        of(
            Map.of(
                "CNS_OUTBOX_KEY", "s3cret",
                "CNS_MAIL_POLL_SECONDS", "1",
                "CNS_DB_PASSWORD", "server-only"));
    assertThat(s.explicitApplicationSettings())
        .isEqualTo("CNS_OUTBOX_KEY=(set), CNS_MAIL_POLL_SECONDS=1")
        .doesNotContain("s3cret");
    assertThat(of(Map.of()).explicitApplicationSettings()).isEqualTo("none");
  }

  @Test
  void everySettingIsDescribedAndARequiredOneHasNoDefault() {
    for (Setting s : Setting.values()) {
      assertThat(s.description()).as(s.name()).isNotBlank();
      assertThat(s.name()).startsWith("CNS_");
      if (s.required()) {
        assertThat(s.defaultValue()).as(s.name()).isEmpty();
      }
    }
  }
}
