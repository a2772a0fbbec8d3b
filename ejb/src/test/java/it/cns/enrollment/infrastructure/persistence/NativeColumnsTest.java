package it.cns.enrollment.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NativeColumnsTest {

  private static final Instant AT = Instant.parse("2026-12-03T14:30:15.123456Z");

  @Test
  void readsEachTypeTheDriverGivesForATimestamp() {
    assertThat(NativeColumns.instant(Timestamp.from(AT))).isEqualTo(AT);
    assertThat(NativeColumns.instant(AT.atOffset(ZoneOffset.ofHours(1)))).isEqualTo(AT);
    assertThat(NativeColumns.instant(OffsetDateTime.ofInstant(AT, ZoneOffset.UTC))).isEqualTo(AT);
    assertThat(NativeColumns.instant(AT)).isEqualTo(AT);
    assertThat(NativeColumns.instant(null)).isNull();
  }

  @Test
  void refusesAColumnThatIsNoTimestamp() {
    assertThatThrownBy(() -> NativeColumns.instant(42L))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("java.lang.Long");
  }
}
