package it.cns.enrollment.interfaces.web.intranet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.error.InvalidRequestException;
import org.junit.jupiter.api.Test;

/** The counters page's {@code ?modifica=<id>}, as its view parameter's converter reads it. */
class CounterOfficeIdTest {

  private final CounterAdmin.OfficeId converter = new CounterAdmin.OfficeId();

  @Test
  void readsAnOfficeId() {
    assertThat(converter.value("modifica", "42")).isEqualTo(42L);
    assertThat(converter.value("modifica", " 7 ")).isEqualTo(7L);
  }

  @Test
  void noIdMeansNoOfficeToEdit() {
    assertThat(converter.value("modifica", null)).isNull();
    assertThat(converter.value("modifica", "  ")).isNull();
  }

  @Test
  void anythingElseIsRefusedAsAnEditLinkThatNamesNoOffice() {
    for (String text : new String[] {"abc", "12a", "1.5", "99999999999999999999"}) {
      InvalidRequestException e =
          catchThrowableOfType(
              InvalidRequestException.class, () -> converter.value("modifica", text));
      assertThat(e).as(text).isNotNull();
      assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
      assertThat(e.problem()).isEqualTo(CounterAdmin.UNKNOWN_OFFICE);
      assertThat(Messages.ITALIAN.of(e)).contains("non indica uno sportello esistente");
      assertThat(Messages.ENGLISH.of(e)).contains("names no existing counter office");
    }
  }
}
