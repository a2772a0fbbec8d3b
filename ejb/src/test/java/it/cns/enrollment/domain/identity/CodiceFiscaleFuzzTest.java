package it.cns.enrollment.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #15, fuzzing: whatever string arrives, {@link CodiceFiscale#parse} answers a codice fiscale
 * that reads back the same and answers every question about itself, or refuses with {@link
 * InvalidCodiceFiscaleException}; nothing else escapes. Regression mode in every build (the seeds
 * below and the inputs under src/test/resources), a short fuzzing run in the ejb build's {@code
 * fuzz-*} executions, a long one with {@code -Pfuzz-long} (RELIABILITY.md).
 */
class CodiceFiscaleFuzzTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  static Stream<String> seeds() {
    return Stream.of(
        "RSSMRA80A01H501U", // ordinary
        "rssmra80a01h501u", // lower case
        "  RSSMRA80A01H501U ", // surrounding spaces
        "RSSMRA80A41H501Y", // a woman: day + 40
        "RSSMRALPALMHRLMU", // omocodia in every digit position
        "RSSMRA80A01H501", // 15 characters
        "RSSMRA80Z01H501U", // no such month
        "RSSMRA80A72H501U"); // no such day
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "10s")
  void parsesIntoACodiceFiscaleThatAnswersEverythingOrRefusesWithItsOwnException(String raw) {
    CodiceFiscale cf;
    try {
      cf = CodiceFiscale.parse(raw);
    } catch (InvalidCodiceFiscaleException refused) {
      assertThat(CodiceFiscale.isValid(raw)).isFalse();
      return;
    }
    assertThat(cf.value()).hasSize(CodiceFiscale.LENGTH).matches("[A-Z0-9]{16}");
    assertThat(CodiceFiscale.parse(cf.value())).isEqualTo(cf);
    assertThat(cf.value().charAt(15))
        .isEqualTo(CodiceFiscale.checkCharacter(cf.value().substring(0, 15)));
    assertThat(cf.sex()).isNotNull();
    assertThat(cf.belfioreCode()).hasSize(4);
    assertThat(cf.birthDate(TODAY)).isBeforeOrEqualTo(TODAY);
    CodiceFiscale plain = cf.withoutOmocodia();
    assertThat(plain.isOmocodic()).isFalse();
    assertThat(cf.samePersonAs(plain)).isTrue();
  }
}
