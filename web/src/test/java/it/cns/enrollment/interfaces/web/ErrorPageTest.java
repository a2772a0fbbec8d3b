package it.cns.enrollment.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Which page an error answer is: the wording follows the cause, not only the status. */
class ErrorPageTest {

  @Test
  void anOperatorOnASupervisionPageIsToldItIsForSupervisors() {
    assertThat(ErrorPage.kindOf(403, false, "/intranet/supervisione/audit.xhtml"))
        .isEqualTo(ErrorPage.Kind.SUPERVISORS_ONLY);
    assertThat(ErrorPage.kindOf(403, false, "/intranet/supervisione/audit.csv"))
        .isEqualTo(ErrorPage.Kind.SUPERVISORS_ONLY);
  }

  @Test
  void aCrossSiteRefusalIsToldAsSuchEvenOnASupervisionPath() {
    assertThat(ErrorPage.kindOf(403, true, "/intranet/supervisione/audit.xhtml"))
        .isEqualTo(ErrorPage.Kind.CROSS_SITE);
    assertThat(ErrorPage.kindOf(403, true, "/login/login.xhtml"))
        .isEqualTo(ErrorPage.Kind.CROSS_SITE);
    assertThat(ErrorPage.kindOf(403, false, "/area/index.xhtml"))
        .isEqualTo(ErrorPage.Kind.FORBIDDEN);
  }

  @Test
  void otherStatusesHaveTheirOwnPage() {
    assertThat(ErrorPage.kindOf(400, false, "/")).isEqualTo(ErrorPage.Kind.BAD_REQUEST);
    assertThat(ErrorPage.kindOf(404, false, "/x")).isEqualTo(ErrorPage.Kind.NOT_FOUND);
    assertThat(ErrorPage.kindOf(405, false, "/x")).isEqualTo(ErrorPage.Kind.METHOD);
    assertThat(ErrorPage.kindOf(500, false, "/x")).isEqualTo(ErrorPage.Kind.UNAVAILABLE);
    assertThat(ErrorPage.kindOf(503, false, "/x")).isEqualTo(ErrorPage.Kind.UNAVAILABLE);
  }

  @Test
  void everyPageHasItsTextsInItalianAndEnglish() {
    for (Locale locale : new Locale[] {Locale.ITALIAN, Locale.ENGLISH}) {
      ResourceBundle texts = ResourceBundle.getBundle(ErrorPage.PAGES, locale);
      for (ErrorPage.Kind kind : ErrorPage.Kind.values()) {
        assertThat(texts.getString("error." + kind.key + ".title")).isNotBlank();
        assertThat(texts.getString("error." + kind.key + ".text")).isNotBlank();
      }
    }
    assertThat(ResourceBundle.getBundle(ErrorPage.PAGES, Locale.ENGLISH).getString("error.home"))
        .isNotEqualTo(
            ResourceBundle.getBundle(ErrorPage.PAGES, Locale.ITALIAN).getString("error.home"));
  }

  @Test
  void textIsEscapedForHtml() {
    assertThat(ErrorPage.html("<a href=\"x\">&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
  }
}
