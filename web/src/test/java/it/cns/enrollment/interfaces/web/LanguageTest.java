package it.cns.enrollment.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void isItalianWhenTheBrowserSaysNothing() {
    assertThat(Language.fromAcceptLanguage(null)).isEqualTo(Locale.ITALIAN);
    assertThat(Language.fromAcceptLanguage("")).isEqualTo(Locale.ITALIAN);
  }

  @Test
  void isEnglishOnlyWhenEnglishComesBeforeItalian() {
    assertThat(Language.fromAcceptLanguage("en-GB,en;q=0.9,it;q=0.5")).isEqualTo(Locale.ENGLISH);
    assertThat(Language.fromAcceptLanguage("it-IT,en;q=0.9")).isEqualTo(Locale.ITALIAN);
    assertThat(Language.fromAcceptLanguage("de-DE,de;q=0.9")).isEqualTo(Locale.ITALIAN);
  }

  @Test
  void isItalianForAMalformedHeader() {
    assertThat(Language.fromAcceptLanguage(";;q=x,,")).isEqualTo(Locale.ITALIAN);
  }
}
