package it.cns.enrollment.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageSwitchTest {

  @Test
  void theLanguageLinksAskForItalianOrEnglish() {
    assertThat(Language.fromParameter("it")).isEqualTo(Locale.ITALIAN);
    assertThat(Language.fromParameter("en")).isEqualTo(Locale.ENGLISH);
    assertThat(Language.fromParameter(" EN ")).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void anyOtherValueLeavesTheLanguageAsItWas() {
    assertThat(Language.fromParameter(null)).isNull();
    assertThat(Language.fromParameter("")).isNull();
    assertThat(Language.fromParameter("de")).isNull();
    assertThat(Language.fromParameter("<script>")).isNull();
  }

  @Test
  void publicPagesAreLinkedRelativelyOnlyWhereTheyAreServed() {
    assertThat(PublicLinks.servesPublicPages(Listener.PUBLIC)).isTrue();
    assertThat(PublicLinks.servesPublicPages(Listener.SMARTCARD)).isFalse();
    assertThat(PublicLinks.servesPublicPages(Listener.PARTNER)).isFalse();
  }
}
