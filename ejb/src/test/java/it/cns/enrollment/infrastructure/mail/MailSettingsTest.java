package it.cns.enrollment.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.infrastructure.config.Settings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

  private static MailSettings of(Map<String, String> env) {
    return MailSettings.from(new Settings(env::get));
  }

  @Test
  void defaults() {
    MailSettings s = of(Map.of());
    assertThat(s.pollInterval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(s.retrySchedule().base()).isEqualTo(Duration.ofSeconds(60));
    assertThat(s.retrySchedule().cap()).isEqualTo(Duration.ofHours(1));
    assertThat(s.retrySchedule().maxAttempts()).isEqualTo(12);
  }

  @Test
  void readsTheEnvironment() {
    MailSettings s =
        of(
            Map.of(
                "CNS_MAIL_POLL_SECONDS", "1",
                "CNS_MAIL_RETRY_SECONDS", "2",
                "CNS_MAIL_RETRY_MAX_SECONDS", "10",
                "CNS_MAIL_MAX_ATTEMPTS", "4"));
    assertThat(s.pollInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(s.retrySchedule())
        .isEqualTo(
            new it.cns.enrollment.domain.mail.RetrySchedule(
                Duration.ofSeconds(2), Duration.ofSeconds(10), 4));
  }

  @Test
  void aCapBelowTheBaseBecomesTheBase() {
    MailSettings s =
        of(Map.of("CNS_MAIL_RETRY_SECONDS", "120", "CNS_MAIL_RETRY_MAX_SECONDS", "60"));
    assertThat(s.retrySchedule().cap()).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void badValuesNameTheVariable() {
    assertThatThrownBy(() -> of(Map.of("CNS_MAIL_POLL_SECONDS", "soon")))
        .hasMessageContaining("CNS_MAIL_POLL_SECONDS")
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> of(Map.of("CNS_MAIL_MAX_ATTEMPTS", "0")))
        .hasMessageContaining("CNS_MAIL_MAX_ATTEMPTS")
        .hasMessageContaining("out of range");
  }
}
