package it.cns.enrollment.domain.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CounterOfficeTest {

  private static CounterOfficeDetails details(String province, String phone, String email) {
    return new CounterOfficeDetails(
        "Treviso - Sportello",
        "Azienda ULSS 2",
        "Via Sant'Ambrogio di Fiera 37",
        "Lun-ven 8:00-12:30",
        province,
        " Treviso ",
        phone,
        email,
        "Mon-Fri 8:00-12:30");
  }

  @Test
  void keepsThePlaceTheContactsAndTheEnglishHoursNormalised() {
    CounterOffice office =
        new CounterOffice(details("tv", "+39 0422 323111", "sportello.treviso@example.it"));

    assertThat(office.province()).isEqualTo("TV");
    assertThat(office.town()).isEqualTo("Treviso");
    assertThat(office.phone()).isEqualTo("+39 0422 323111");
    assertThat(office.email()).isEqualTo("sportello.treviso@example.it");
    assertThat(office.openingHoursEn()).isEqualTo("Mon-Fri 8:00-12:30");
    assertThat(office.details().province()).isEqualTo("TV");
  }

  @Test
  void placeAndContactsMayBeMissing() {
    CounterOffice office =
        new CounterOffice(new CounterOfficeDetails("Padova", "ULSS 6", "Via 1", "Lun 9-12"));

    assertThat(office.province()).isNull();
    assertThat(office.phone()).isNull();
    assertThat(office.openingHoursEn()).isNull();
    office.edit(details(" ", " ", " "));
    assertThat(office.province()).isNull();
    assertThat(office.email()).isNull();
  }

  @Test
  void refusesAProvinceThatIsNotASiglaAPhoneThatIsNotANumberAndABadAddress() {
    assertThatThrownBy(() -> new CounterOffice(details("T1", null, null)))
        .isInstanceOf(InvalidCounterOfficeException.class);
    assertThatThrownBy(() -> new CounterOffice(details("TVV", null, null)))
        .isInstanceOf(InvalidCounterOfficeException.class);
    assertThatThrownBy(() -> new CounterOffice(details("TV", "chiamare ore 9", null)))
        .isInstanceOf(InvalidCounterOfficeException.class);
    assertThatThrownBy(() -> new CounterOffice(details("TV", null, "sportello@")))
        .isInstanceOf(InvalidCounterOfficeException.class);
  }
}
