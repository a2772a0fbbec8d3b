package it.cns.enrollment.domain.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class InvalidRequestExceptionTest {

  private static Set<String> problems(Locale locale) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "it.cns.enrollment.domain.error.ErrorMessages",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Set<String> out = new TreeSet<>();
    for (String key : Collections.list(bundle.getKeys())) {
      if (key.startsWith("INVALID_REQUEST.")) {
        out.add(key.substring("INVALID_REQUEST.".length()));
      }
    }
    return out;
  }

  @Test
  void everyProblemIsExplainedInItalianAndEnglish() {
    Set<String> italian = problems(Locale.ITALIAN);
    assertThat(italian).isNotEmpty().isEqualTo(problems(Locale.ENGLISH));
    for (String problem : italian) {
      String it = InvalidRequestException.text(problem, Locale.ITALIAN, "X");
      String en = InvalidRequestException.text(problem, Locale.ENGLISH, "X");
      assertThat(it).isNotBlank().isNotEqualTo(en).doesNotContain("''");
      assertThat(en).isNotBlank().doesNotContain("''");
    }
  }

  @Test
  void keepsTheStableCodeAndNamesTheProblem() {
    InvalidRequestException e =
        new InvalidRequestException("AUDIT_TEXT_TOO_LONG", "detail for the log", "300");

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
    assertThat(e.stableCode()).isEqualTo("INVALID_REQUEST");
    assertThat(e.problem()).isEqualTo("AUDIT_TEXT_TOO_LONG");
    assertThat(e.messageFor(Locale.ENGLISH)).contains("300");
    assertThat(e.getMessage()).contains("detail for the log");
  }
}
