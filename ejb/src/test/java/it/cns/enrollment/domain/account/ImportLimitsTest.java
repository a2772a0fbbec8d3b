package it.cns.enrollment.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The configured limits of an import upload are refused outside their range, ends included. */
class ImportLimitsTest {

  @Test
  void theSizeLimitIsFrom1KibToTheUploadCeiling() {
    assertThat(new ImportLimits(1024, 10).maxBytes()).isEqualTo(1024);
    assertThat(new ImportLimits(ImportLimits.MAX_BYTES_CEILING, 10).maxBytes())
        .isEqualTo(ImportLimits.MAX_BYTES_CEILING);
    assertThatThrownBy(() -> new ImportLimits(1023, 10))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CNS_USER_IMPORT_MAX_BYTES=1023");
    assertThatThrownBy(() -> new ImportLimits(ImportLimits.MAX_BYTES_CEILING + 1, 10))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CNS_USER_IMPORT_MAX_BYTES");
  }

  @Test
  void theRowLimitIsFromOneToTheCeiling() {
    assertThat(new ImportLimits(1024, 1).maxRows()).isEqualTo(1);
    assertThat(new ImportLimits(1024, ImportLimits.MAX_ROWS_CEILING).maxRows())
        .isEqualTo(ImportLimits.MAX_ROWS_CEILING);
    assertThatThrownBy(() -> new ImportLimits(1024, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CNS_USER_IMPORT_MAX_ROWS=0");
    assertThatThrownBy(() -> new ImportLimits(1024, ImportLimits.MAX_ROWS_CEILING + 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CNS_USER_IMPORT_MAX_ROWS");
  }
}
