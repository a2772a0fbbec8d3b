package it.cns.enrollment.domain.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * Names typed at the counter: stripped, blank ones absent, refused (not cut) beyond the column's
 * width or with control characters, which would forge lines in the form and the log.
 */
class PersonNamesTest {

  @Test
  void stripsNamesAndTakesBlankOnesAsAbsent() {
    assertThat(PersonNames.of("  Maria Rossi ", null, ActivationCase.HOLDER))
        .isEqualTo(new PersonNames("Maria Rossi", "Maria Rossi"));
    assertThat(PersonNames.of("Maria Rossi", "  ", ActivationCase.PARENT_OF_MINOR))
        .isEqualTo(new PersonNames("Maria Rossi", null));
    assertThat(PersonNames.of(" ", " Luca Rossi", ActivationCase.PARENT_OF_MINOR))
        .isEqualTo(new PersonNames(null, "Luca Rossi"));
  }

  @Test
  void keepsANameOfTheColumnsWidthAndRefusesALongerOne() {
    String widest = "a".repeat(PersonNames.MAX);

    assertThat(PersonNames.of(widest, null, ActivationCase.HOLDER).holder()).isEqualTo(widest);
    ActivationInputException e =
        catchThrowableOfType(
            ActivationInputException.class,
            () -> PersonNames.of("Maria", widest + "a", ActivationCase.PARENT_OF_MINOR));
    assertThat(e.field()).isEqualTo(ActivationInputException.Field.ACTING_PERSON_NAME);
  }

  @Test
  void refusesControlCharacters() {
    ActivationInputException e =
        catchThrowableOfType(
            ActivationInputException.class,
            () -> PersonNames.of("Maria\nRossi", null, ActivationCase.HOLDER));

    assertThat(e.field()).isEqualTo(ActivationInputException.Field.HOLDER_NAME);
  }
}
