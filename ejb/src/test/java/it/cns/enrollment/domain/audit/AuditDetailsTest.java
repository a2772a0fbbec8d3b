package it.cns.enrollment.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuditDetailsTest {

  @Test
  void rendersNamedValuesInTheOrderGivenAndLeavesOutNulls() {
    AuditDetails d =
        AuditDetails.of("reason", "COUNTER_OFFICE_INVALID: name").and("office", 3).and("x", null);
    assertThat(d.render()).isEqualTo("reason=COUNTER_OFFICE_INVALID: name; office=3");
    assertThat(d.asMap()).containsOnlyKeys("reason", "office");
  }

  @Test
  void nothingRendersAsNoDetail() {
    assertThat(AuditDetails.none().render()).isNull();
    assertThat(AuditDetails.none().isEmpty()).isTrue();
  }

  @Test
  void aLaterValueOfTheSameKeyWins() {
    assertThat(AuditDetails.of("a", 1).and(AuditDetails.of("a", 2).and("b", 3)).render())
        .isEqualTo("a=2; b=3");
  }

  @Test
  void keysAreShortNamesNotText() {
    assertThatThrownBy(() -> AuditDetails.of("Two words", 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEventTakesThemAsItsDetail() {
    AuditEvent e =
        AuditEvent.of(AuditAction.COUNTER_ADMIN, Channel.COUNTER, "system", java.time.Instant.EPOCH)
            .detail(AuditDetails.of("office", 3))
            .build();
    assertThat(e.detail()).isEqualTo("office=3");
  }

  @Test
  void readsARenderedDetailBackIntoItsPairsEvenWhenAValueHoldsTheSeparator() {
    String rendered =
        AuditDetails.of("change", "assigned")
            .and("reason", "IMPORT_FILE_MALFORMED: (line 3); EOF reached")
            .and("rows", 6)
            .render();

    assertThat(AuditDetails.parse(rendered))
        .containsExactly(
            java.util.Map.entry("change", "assigned"),
            java.util.Map.entry("reason", "IMPORT_FILE_MALFORMED: (line 3); EOF reached"),
            java.util.Map.entry("rows", "6"));
    assertThat(AuditDetails.parse("a free text, not pairs")).isEmpty();
    assertThat(AuditDetails.parse(null)).isEmpty();
  }
}
