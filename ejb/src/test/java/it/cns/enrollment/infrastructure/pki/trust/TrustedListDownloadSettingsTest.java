package it.cns.enrollment.infrastructure.pki.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The trusted list's download settings: a period, a timeout and a size limit, all positive. */
class TrustedListDownloadSettingsTest {

  private static final URI URL = URI.create("https://eidas.agid.gov.it/TL/TSL-IT.xml");
  private static final Duration DAY = Duration.ofDays(1);
  private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

  @Test
  void acceptsTheSmallestPositiveValues() {
    TrustedListDownloadSettings s =
        new TrustedListDownloadSettings(URL, Duration.ofNanos(1), Duration.ofNanos(1), 1);

    assertThat(s.maxBytes()).isEqualTo(1);
  }

  @Test
  void refusesAPeriodOrTimeoutThatIsZeroOrNegative() {
    for (Duration bad : new Duration[] {Duration.ZERO, Duration.ofSeconds(-1)}) {
      assertThatThrownBy(() -> new TrustedListDownloadSettings(URL, bad, TEN_SECONDS, 1000))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new TrustedListDownloadSettings(URL, DAY, bad, 1000))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void refusesASizeLimitBelowOneByte() {
    assertThatThrownBy(() -> new TrustedListDownloadSettings(URL, DAY, TEN_SECONDS, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("size limit");
  }
}
