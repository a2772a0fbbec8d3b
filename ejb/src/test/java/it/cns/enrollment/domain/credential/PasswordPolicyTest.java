package it.cns.enrollment.domain.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  private static final PasswordPolicy POLICY = PasswordPolicy.standard();
  private static final SecretHasher HASHER = TestHashers.fast();

  private static void check(String candidate) {
    POLICY.check(Password.of(candidate.toCharArray()), Optional.empty(), HASHER);
  }

  private static PasswordRule brokenRule(String candidate) {
    try {
      check(candidate);
    } catch (PasswordPolicyException e) {
      return e.rule();
    }
    throw new AssertionError("accepted: " + candidate.length() + " characters");
  }

  @Test
  void refusesSevenCharacters() {
    assertThat(brokenRule("abcd123")).isEqualTo(PasswordRule.TOO_SHORT);
  }

  @Test
  void acceptsEightCharacters() {
    assertThatCode(() -> check("abcd1234")).doesNotThrowAnyException();
  }

  @Test
  void acceptsFifteenCharacters() {
    assertThatCode(() -> check("abcdefghij12345")).doesNotThrowAnyException();
  }

  @Test
  void refusesSixteenCharacters() {
    assertThat(brokenRule("abcdefghij123456")).isEqualTo(PasswordRule.TOO_LONG);
  }

  @ParameterizedTest
  @ValueSource(strings = {"passwòrd1", "Citt\u00e01234", "\u00c9lodie123", "stra\u00dfe123"})
  void refusesAccentedLetters(String candidate) {
    assertThat(brokenRule(candidate)).isEqualTo(PasswordRule.CHARACTER_NOT_ALLOWED);
  }

  @Test
  void refusesASpace() {
    assertThat(brokenRule("abcd 1234")).isEqualTo(PasswordRule.CHARACTER_NOT_ALLOWED);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abcd1234\"",
        "abcd1234'",
        "abcd1234`",
        "abcd1234\\",
        "abcd1234\u20ac",
        "abcd1234\t",
        "abcd1234\u00a7",
        "abcd\u00001234"
      })
  void refusesSpecialCharactersThatAreNotListed(String candidate) {
    assertThat(brokenRule(candidate)).isEqualTo(PasswordRule.CHARACTER_NOT_ALLOWED);
  }

  @Test
  void acceptsEveryListedSpecialCharacter() {
    for (char special : PasswordPolicy.ALLOWED_SPECIALS.toCharArray()) {
      assertThatCode(() -> check("abcd123" + special)).doesNotThrowAnyException();
    }
    assertThat(PasswordPolicy.ALLOWED_SPECIALS).doesNotContain(" ", "'", "\"", "`", "\\");
  }

  @Test
  void refusesAPasswordOfLettersOnly() {
    assertThat(brokenRule("abcdefgh")).isEqualTo(PasswordRule.LETTER_AND_DIGIT_REQUIRED);
  }

  @Test
  void refusesAPasswordOfDigitsAndSpecialsOnly() {
    assertThat(brokenRule("1234567#")).isEqualTo(PasswordRule.LETTER_AND_DIGIT_REQUIRED);
  }

  @Test
  void refusesTheSamePasswordAsThePreviousOne() {
    String previous = HASHER.hash("Segreto123!".toCharArray());

    assertThatThrownBy(
            () ->
                POLICY.check(
                    Password.of("Segreto123!".toCharArray()), Optional.of(previous), HASHER))
        .isInstanceOfSatisfying(
            PasswordPolicyException.class,
            e -> assertThat(e.rule()).isEqualTo(PasswordRule.REUSED));
  }

  @Test
  void refusesTheCurrentAndThePreviousPasswordButNotAnOlderOne() {
    List<String> earlier =
        List.of(HASHER.hash("Corrente123".toCharArray()), HASHER.hash("Precedente1".toCharArray()));

    assertThatThrownBy(
            () -> POLICY.check(Password.of("Corrente123".toCharArray()), earlier, HASHER))
        .isInstanceOf(PasswordPolicyException.class);
    assertThatThrownBy(
            () -> POLICY.check(Password.of("Precedente1".toCharArray()), earlier, HASHER))
        .isInstanceOf(PasswordPolicyException.class);
    assertThatCode(() -> POLICY.check(Password.of("Nuova12345".toCharArray()), earlier, HASHER))
        .doesNotThrowAnyException();
  }

  @Test
  void isCaseSensitive() {
    String previous = HASHER.hash("segreto123".toCharArray());

    assertThatCode(
            () ->
                POLICY.check(
                    Password.of("Segreto123".toCharArray()), Optional.of(previous), HASHER))
        .doesNotThrowAnyException();
  }

  @Test
  void aRefusalIsAPasswordPolicyEnrollmentErrorThatSaysWhichRuleInItalianAndEnglish() {
    assertThatThrownBy(() -> check("abc1"))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.PASSWORD_POLICY);
              assertThat(e.stableCode()).isEqualTo("PASSWORD_POLICY");
              assertThat(Messages.ITALIAN.of(e)).contains("almeno 8 caratteri");
              assertThat(Messages.ENGLISH.of(e)).contains("at least 8 characters");
              assertThat(e.getMessage()).doesNotContain("abc1");
            });
  }

  @Test
  void theCharacterRuleListsTheAllowedSpecialCharacters() {
    PasswordPolicyException e =
        new PasswordPolicyException(PasswordRule.CHARACTER_NOT_ALLOWED, 8, 15);

    assertThat(Messages.ITALIAN.of(e))
        .contains(PasswordPolicy.ALLOWED_SPECIALS)
        .contains("senza accenti");
    assertThat(Messages.ENGLISH.of(e))
        .contains(PasswordPolicy.ALLOWED_SPECIALS)
        .contains("without accents");
  }

  @ParameterizedTest
  @EnumSource(PasswordRule.class)
  void everyRuleHasAnItalianAndAnEnglishText(PasswordRule rule) {
    String it = Messages.in(Locale.ITALIAN).passwordRule(rule, 8, 15);
    String en = Messages.in(Locale.ENGLISH).passwordRule(rule, 8, 15);

    assertThat(it).isNotBlank().doesNotContainPattern("\\{[0-9]\\}").isNotEqualTo(en);
    assertThat(en).isNotBlank();
    assertThat(Messages.in(Locale.GERMAN).passwordRule(rule, 8, 15)).isEqualTo(it);
  }

  @Test
  void aPasswordIsValidForNinetyDays() {
    assertThat(POLICY.validity()).isEqualTo(Duration.ofDays(90));
    assertThat(POLICY.minLength()).isEqualTo(8);
    assertThat(POLICY.maxLength()).isEqualTo(15);
  }

  @Test
  void formatViolationHelpsWhileTypingWithoutLookingAtHistory() {
    assertThat(POLICY.formatViolation(Password.of("short1".toCharArray())))
        .contains(PasswordRule.TOO_SHORT);
    assertThat(POLICY.formatViolation(Password.of("Valida123".toCharArray()))).isEmpty();
  }
}
