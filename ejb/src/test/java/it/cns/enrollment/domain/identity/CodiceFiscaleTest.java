package it.cns.enrollment.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.identity.InvalidCodiceFiscaleException.Reason;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodiceFiscaleTest {

  private static final String MARIO = "RSSMRA80A01H501U";
  private static final String ANTONIO = "MSRNTN77H15C351X";
  private static final String GIUSEPPINA = "VRDGPP85M41F205X";
  private static final LocalDate REFERENCE_DAY = LocalDate.of(2025, 6, 15);

  /** Completes 15 characters with their check character, for codes built by the tests. */
  private static String withCheck(String first15) {
    return first15 + CodiceFiscale.checkCharacter(first15);
  }

  private static InvalidCodiceFiscaleException refusalOf(String raw) {
    return catchThrowableOfType(
        InvalidCodiceFiscaleException.class, () -> CodiceFiscale.parse(raw));
  }

  @Nested
  class Reading {

    @ParameterizedTest
    @ValueSource(strings = {MARIO, ANTONIO, GIUSEPPINA})
    void acceptsWellFormedCodes(String raw) {
      assertThat(CodiceFiscale.parse(raw).value()).isEqualTo(raw);
      assertThat(CodiceFiscale.isValid(raw)).isTrue();
    }

    @Test
    void normalisesLowerCaseAndSurroundingSpaces() {
      CodiceFiscale cf = CodiceFiscale.parse("  rssmra80a01h501u\t");

      assertThat(cf.value()).isEqualTo(MARIO);
      assertThat(cf).hasToString(MARIO).isEqualTo(CodiceFiscale.parse(MARIO));
      assertThat(cf.hashCode()).isEqualTo(CodiceFiscale.parse(MARIO).hashCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void refusesBlankAsEmpty(String raw) {
      assertThat(refusalOf(raw).reason()).isEqualTo(Reason.EMPTY);
      assertThat(CodiceFiscale.isValid(raw)).isFalse();
    }

    @Test
    void refusesNullAsEmpty() {
      assertThat(refusalOf(null).reason()).isEqualTo(Reason.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSSMRA80A01H501", "RSSMRA80A01H501UU", "RSS MRA 80A01H501U"})
    void refusesWrongLengthSayingHowManyCharactersItHas(String raw) {
      InvalidCodiceFiscaleException e = refusalOf(raw);

      assertThat(e.reason()).isEqualTo(Reason.LENGTH);
      assertThat(e.position()).isEmpty();
      assertThat(Messages.ENGLISH.of(e)).contains("16").contains(String.valueOf(raw.length()));
      assertThat(Messages.ITALIAN.of(e)).contains("16 caratteri");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 12})
    void refusesDigitWhereALetterGoesReportingThePosition(int position) {
      char[] chars = MARIO.toCharArray();
      chars[position - 1] = '5';

      InvalidCodiceFiscaleException e = refusalOf(new String(chars));

      assertThat(e.reason()).isEqualTo(Reason.CHARACTER);
      assertThat(e.position()).hasValue(position);
      assertThat(Messages.ENGLISH.of(e)).contains("position " + position).contains("letter");
      assertThat(Messages.ITALIAN.of(e)).contains("posizione " + position).contains("lettera");
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 8, 10, 11, 13, 14, 15})
    void refusesLetterOutsideOmocodiaSetWhereADigitGoesReportingThePosition(int position) {
      char[] chars = MARIO.toCharArray();
      chars[position - 1] = 'A';

      InvalidCodiceFiscaleException e = refusalOf(new String(chars));

      assertThat(e.reason()).isEqualTo(Reason.CHARACTER);
      assertThat(e.position()).hasValue(position);
      assertThat(Messages.ENGLISH.of(e)).contains("position " + position).contains("L, M, N, P");
    }

    @Test
    void refusesDigitAsCheckCharacterReportingPosition16() {
      InvalidCodiceFiscaleException e = refusalOf("RSSMRA80A01H5010");

      assertThat(e.reason()).isEqualTo(Reason.CHARACTER);
      assertThat(e.position()).hasValue(16);
    }

    @Test
    void refusesDigitInTheMonthPositionAsACharacterAtPosition9() {
      InvalidCodiceFiscaleException e = refusalOf("RSSMRA80101H501U");

      assertThat(e.reason()).isEqualTo(Reason.CHARACTER);
      assertThat(e.position()).hasValue(9);
    }

    @Test
    void refusesSymbolsAndNonAsciiLookAlikesReportingThePosition() {
      assertThat(refusalOf("RSSMRA80A01H5-1U").position()).hasValue(14);
      // A dotless i upper-cases to I with String.toUpperCase; it must not pass for one.
      assertThat(refusalOf("RSSMRA80A01H501\u0131").position()).hasValue(16);
      assertThat(refusalOf("RSSMRA80A01H501\u0131").reason()).isEqualTo(Reason.CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"F", "G", "I", "J", "K", "N", "O", "Q", "U", "V", "W", "X", "Y", "Z"})
    void refusesLetterThatEncodesNoMonth(String letter) {
      InvalidCodiceFiscaleException e = refusalOf(withCheck("RSSMRA80" + letter + "01H501"));

      assertThat(e.reason()).isEqualTo(Reason.MONTH);
      assertThat(e.position()).hasValue(9);
      assertThat(Messages.ENGLISH.of(e)).contains("A, B, C, D, E, H, L, M, P, R, S, T");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "RSSMRA80A00H501", // day 0
          "RSSMRA80A32H501", // beyond 31 for a man
          "RSSMRA80A40H501", // between the ranges
          "RSSMRA80A72H501", // beyond 71 for a woman
          "RSSMRA80D31H501", // 31 April
          "RSSMRA80D71H501", // 31 April, woman
          "RSSMRA80B30H501", // 30 February
          "RSSMRA81B29H501", // 29 February, 1981 and 2081 are not leap years
          "RSSMRA80A9QH501" // 94, omocodia decoded
        })
    void refusesDayThatDoesNotExist(String first15) {
      InvalidCodiceFiscaleException e = refusalOf(withCheck(first15));

      assertThat(e.reason()).isEqualTo(Reason.DAY);
      assertThat(Messages.ITALIAN.of(e)).contains("41 a 71");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "RSSMRA80A31H501", // 31 January, man
          "RSSMRA80A41H501", // 1 January, woman
          "RSSMRA80A71H501", // 31 January, woman
          "RSSMRA80B29H501", // 29 February 1980
          "RSSMRA00B69H501", // 29 February 2000
          "RSSMRA80D30H501" // 30 April
        })
    void acceptsEveryDayThatExists(String first15) {
      assertThat(CodiceFiscale.isValid(withCheck(first15))).isTrue();
    }

    @Test
    void refusesWrongCheckCharacterSayingWhichWasExpected() {
      InvalidCodiceFiscaleException e = refusalOf("MSRNTN77H15C351A");

      assertThat(e.reason()).isEqualTo(Reason.CHECK_CHARACTER);
      assertThat(e.expectedCheckCharacter()).hasValue('X');
      assertThat(e.position()).hasValue(16);
      assertThat(Messages.ENGLISH.of(e)).contains("should be X");
      assertThat(e.getMessage()).contains("CHECK_CHARACTER"); // the code for logs, no sentence
      assertThat(Messages.ITALIAN.of(e)).contains("dovrebbe essere X");
    }

    @Test
    void keepsTheRefusedCodeOutOfTheMessagesBecauseTheyEndUpInLogs() {
      InvalidCodiceFiscaleException e = refusalOf("MSRNTN77H15C351A");

      assertThat(e.getMessage()).doesNotContain("MSRNTN");
      assertThat(Messages.ITALIAN.of(e)).doesNotContain("MSRNTN");
    }

    @Test
    void computesTheCheckCharacterWithTheOddAndEvenTables() {
      assertThat(CodiceFiscale.checkCharacter("MSRNTN77H15C351")).isEqualTo('X');
      assertThat(CodiceFiscale.checkCharacter("rssmra80a01h501")).isEqualTo('U');
      assertThat(CodiceFiscale.checkCharacter("VRDGPP85M41F205")).isEqualTo('X');
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "RSSMRA80A01H50", "RSSMRA80A01H501U", "RSSMRA80A01H50-"})
    void checkCharacterNeedsFifteenLettersOrDigits(String input) {
      assertThatIllegalArgumentException().isThrownBy(() -> CodiceFiscale.checkCharacter(input));
    }
  }

  @Nested
  class Omocodia {

    /** Each row: the position substituted, and the code the Agenzia would issue for it. */
    @ParameterizedTest
    @CsvSource({
      "7,  RSSMRAU0A01H501R",
      "8,  RSSMRA8LA01H501F",
      "10, RSSMRA80AL1H501F",
      "11, RSSMRA80A0MH501M",
      "13, RSSMRA80A01HR01P",
      "14, RSSMRA80A01H5L1F",
      "15, RSSMRA80A01H50MM"
    })
    void acceptsAnOmocodiaLetterInEachDigitPosition(int position, String omocodic) {
      assertThat(omocodic.charAt(position - 1)).isBetween('L', 'V');

      CodiceFiscale cf = CodiceFiscale.parse(omocodic);

      assertThat(cf.isOmocodic()).isTrue();
      assertThat(cf.withoutOmocodia()).isEqualTo(CodiceFiscale.parse(MARIO));
      assertThat(cf.birthDate(REFERENCE_DAY)).isEqualTo(LocalDate.of(1980, 1, 1));
      assertThat(cf.sex()).isEqualTo(Sex.MALE);
      assertThat(cf.belfioreCode()).isEqualTo("H501");
    }

    @Test
    void decodesACodeWithEveryDigitSubstituted() {
      CodiceFiscale cf = CodiceFiscale.parse("RSSMRAULALMHRLMD");

      assertThat(cf.withoutOmocodia().value()).isEqualTo(MARIO);
      assertThat(cf.birthDate(REFERENCE_DAY)).isEqualTo(LocalDate.of(1980, 1, 1));
      assertThat(cf.belfioreCode()).isEqualTo("H501");
    }

    @Test
    void everyOmocodiaLetterStandsForItsDigit() {
      String letters = "LMNPQRSTUV";
      for (int digit = 0; digit <= 9; digit++) {
        CodiceFiscale cf = CodiceFiscale.parse(withCheck("RSSMRA80A01H50" + letters.charAt(digit)));
        assertThat(cf.belfioreCode()).isEqualTo("H50" + digit);
      }
    }

    @Test
    void leavesACodeWithoutOmocodiaAsItIs() {
      CodiceFiscale cf = CodiceFiscale.parse(MARIO);

      assertThat(cf.isOmocodic()).isFalse();
      assertThat(cf.withoutOmocodia()).isSameAs(cf);
    }

    @Test
    void treatsAnOmocodicVariantAsADifferentCodeButPossiblyTheSamePerson() {
      CodiceFiscale base = CodiceFiscale.parse(MARIO);
      CodiceFiscale variant = CodiceFiscale.parse("RSSMRA80A01H50MM");
      CodiceFiscale otherVariant = CodiceFiscale.parse("RSSMRAU0A01H501R");

      assertThat(variant).isNotEqualTo(base);
      assertThat(variant.samePersonAs(base)).isTrue();
      assertThat(base.samePersonAs(variant)).isTrue();
      assertThat(variant.samePersonAs(otherVariant)).isTrue();
      assertThat(base.samePersonAs(CodiceFiscale.parse(ANTONIO))).isFalse();
    }

    @Test
    void refusesAnOmocodicCodeWhoseCheckCharacterWasNotRecomputed() {
      InvalidCodiceFiscaleException e = refusalOf("RSSMRA80A01H50MU");

      assertThat(e.reason()).isEqualTo(Reason.CHECK_CHARACTER);
      assertThat(e.expectedCheckCharacter()).hasValue('M');
    }
  }

  @Nested
  class Decoding {

    @Test
    void decodesAMansBirthDateSexAndPlace() {
      CodiceFiscale cf = CodiceFiscale.parse(ANTONIO);

      assertThat(cf.birthDate(REFERENCE_DAY)).isEqualTo(LocalDate.of(1977, 6, 15));
      assertThat(cf.sex()).isEqualTo(Sex.MALE);
      assertThat(cf.belfioreCode()).isEqualTo("C351");
    }

    @Test
    void decodesAWomansDayByTakingFortyAway() {
      CodiceFiscale cf = CodiceFiscale.parse(GIUSEPPINA);

      assertThat(cf.birthDate(REFERENCE_DAY)).isEqualTo(LocalDate.of(1985, 8, 1));
      assertThat(cf.sex()).isEqualTo(Sex.FEMALE);
      assertThat(cf.belfioreCode()).isEqualTo("F205");
    }

    @Test
    void putsTheYearInThisCenturyWhenThatDateIsNotInTheFuture() {
      // 15 May 2025 and 15 June 2025 are both on or before the reference day.
      assertThat(birthDateOf("RSSMRA25E15H501")).isEqualTo(LocalDate.of(2025, 5, 15));
      assertThat(birthDateOf("RSSMRA25H15H501")).isEqualTo(LocalDate.of(2025, 6, 15));
      assertThat(birthDateOf("RSSMRA03A01H501")).isEqualTo(LocalDate.of(2003, 1, 1));
      assertThat(birthDateOf("RSSMRA00B69H501")).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void putsTheYearInTheLastCenturyWhenThisCenturyWouldBeInTheFuture() {
      // 16 June 2025 is the day after the reference day.
      assertThat(birthDateOf("RSSMRA25H16H501")).isEqualTo(LocalDate.of(1925, 6, 16));
      assertThat(birthDateOf("RSSMRA26A01H501")).isEqualTo(LocalDate.of(1926, 1, 1));
      assertThat(birthDateOf("RSSMRA99T31H501")).isEqualTo(LocalDate.of(1999, 12, 31));
    }

    @Test
    void resolvesTheCenturyOnTheGivenClock() {
      CodiceFiscale cf = CodiceFiscale.parse(withCheck("RSSMRA10A01H501"));
      Clock in2009 = Clock.fixed(Instant.parse("2009-12-31T12:00:00Z"), ZoneOffset.UTC);
      Clock in2010 = Clock.fixed(Instant.parse("2010-01-01T12:00:00Z"), ZoneOffset.UTC);

      assertThat(cf.birthDate(in2009)).isEqualTo(LocalDate.of(1910, 1, 1));
      assertThat(cf.birthDate(in2010)).isEqualTo(LocalDate.of(2010, 1, 1));
      assertThat(cf.birthDate()).isEqualTo(LocalDate.of(2010, 1, 1));
    }

    @Test
    void takesTheLeapDayOf1900AsThatOf2000() {
      CodiceFiscale cf = CodiceFiscale.parse(withCheck("RSSMRA00B29H501"));

      assertThat(cf.birthDate(LocalDate.of(1999, 1, 1))).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    private LocalDate birthDateOf(String first15) {
      return CodiceFiscale.parse(withCheck(first15)).birthDate(REFERENCE_DAY);
    }
  }
}
