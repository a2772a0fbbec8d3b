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

  @Test
  void aLanguageLinkKeepsThePagesQueryAndReplacesTheLanguage() {
    assertThat(Language.linkFor(null, "en")).isEqualTo("?lang=en");
    assertThat(Language.linkFor("", "it")).isEqualTo("?lang=it");
    assertThat(Language.linkFor("dal=2026-11-01&azione=SMARTCARD_LOGIN", "en"))
        .isEqualTo("?dal=2026-11-01&azione=SMARTCARD_LOGIN&lang=en");
    assertThat(Language.linkFor("lang=en&cf=RSSMRA80A01H501U&lang=en", "it"))
        .isEqualTo("?cf=RSSMRA80A01H501U&lang=it");
    // Still URL-encoded as it came; the page writer escapes it for the attribute.
    assertThat(Language.linkFor("attore=operator%3Aanna&&language=x", "en"))
        .isEqualTo("?attore=operator%3Aanna&language=x&lang=en");
  }
}
