package it.cns.enrollment.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.identity.InvalidCardIdException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardIdTest {

  private static final String CARD = "6120016461039008";

  private static InvalidCardIdException refusalOf(String raw) {
    return catchThrowableOfType(InvalidCardIdException.class, () -> CardId.parse(raw));
  }

  @Test
  void acceptsSixteenDigitsWithAValidLuhnCheckDigit() {
    CardId id = CardId.parse(" " + CARD + " ");

    assertThat(id.value()).isEqualTo(CARD);
    assertThat(id).isEqualTo(CardId.parse(CARD)).hasSameHashCodeAs(CardId.parse(CARD));
    assertThat(CardId.isValid(CARD)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"6120016461039000", "6120016461039001", "6120016461039009"})
  void refusesAWrongCheckDigit(String raw) {
    InvalidCardIdException e = refusalOf(raw);

    assertThat(e.reason()).isEqualTo(Reason.CHECK_DIGIT);
    assertThat(Messages.ITALIAN.of(e)).contains("cifra di controllo");
    assertThat(Messages.ENGLISH.of(e)).contains("check");
    assertThat(e.getMessage()).contains("CHECK_DIGIT"); // the code for logs, no sentence
    assertThat(CardId.isValid(raw)).isFalse();
  }

  @Test
  void refusesTwoSwappedAdjacentDigits() {
    assertThat(refusalOf("6120016461093008").reason()).isEqualTo(Reason.CHECK_DIGIT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"612001646103900", "61200164610390080", "4"})
  void refusesAnyLengthButSixteen(String raw) {
    assertThat(refusalOf(raw).reason()).isEqualTo(Reason.LENGTH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"61200164610390O8", "6120-16461039008", "６１２００１６４６１０３９００８"})
  void refusesAnythingButAsciiDigits(String raw) {
    assertThat(refusalOf(raw).reason()).isEqualTo(Reason.CHARACTER);
  }

  @Test
  void refusesNullAndBlank() {
    assertThat(refusalOf(null).reason()).isEqualTo(Reason.EMPTY);
    assertThat(refusalOf("  ").reason()).isEqualTo(Reason.EMPTY);
  }

  @Test
  void showsOnlyTheLastFourDigitsOnPagesAndInLogs() {
    CardId id = CardId.parse(CARD);

    assertThat(id.masked()).isEqualTo("************9008");
    assertThat(id).hasToString("************9008");
    assertThat("card " + id).doesNotContain("61200164");
  }
}
