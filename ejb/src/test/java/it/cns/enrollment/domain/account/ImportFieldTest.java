package it.cns.enrollment.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The import file's header: which cells name which column, and which columns must be there. */
class ImportFieldTest {

  @Test
  void aHeaderCellNamesItsColumnWhateverItsCaseAndBlanks() {
    assertThat(ImportField.ofHeader(" Codice_Fiscale ")).contains(ImportField.CODICE_FISCALE);
    assertThat(ImportField.ofHeader("SEDI_ENTRATEL")).contains(ImportField.SITES);
    assertThat(ImportField.ofHeader("codice fiscale")).isEmpty();
    assertThat(ImportField.ofHeader(null)).isEmpty();
    assertThat(ImportField.NAME.header()).isEqualTo("nominativo");
  }

  @Test
  void theCodiceFiscaleAndTheTypeAreRequiredTheOthersNot() {
    assertThat(ImportField.CODICE_FISCALE.required()).isTrue();
    assertThat(ImportField.TYPE.required()).isTrue();
    assertThat(ImportField.SITES.required()).isFalse();
    assertThat(ImportField.NAME.required()).isFalse();
  }
}
