package it.cns.enrollment.domain.error;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.application.text.Messages;
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
            Messages.BUNDLE,
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
      String it = Messages.in(Locale.ITALIAN).of(new InvalidRequestException(problem, "test", "X"));
      String en = Messages.in(Locale.ENGLISH).of(new InvalidRequestException(problem, "test", "X"));
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
    assertThat(Messages.ENGLISH.of(e)).contains("300");
    assertThat(e.getMessage()).contains("detail for the log");
  }
}
