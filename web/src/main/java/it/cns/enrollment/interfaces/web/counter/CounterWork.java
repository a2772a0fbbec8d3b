package it.cns.enrollment.interfaces.web.counter;

import it.cns.enrollment.application.counter.CounterDesk;
import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.counter.CounterOfficeRequiredException;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.interfaces.web.intranet.OperatorSession;
import jakarta.faces.context.FacesContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** What the counter beans share: who and where is working, the page's language, dates. */
final class CounterWork {

  static final String BUNDLE = "it.cns.enrollment.interfaces.web.counter.Counter";
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ROME);

  private CounterWork() {}

  /**
   * The operator's desk: their username and counter office.
   *
   * @throws BusinessRefusal COUNTER_OFFICE_REQUIRED for a supervisor without an office
   */
  static CounterDesk desk(OperatorSession session) {
    Long office = session.getCounterOfficeId();
    if (office == null) {
      throw new CounterOfficeRequiredException(
          CounterOfficeRequiredException.Situation.NONE_AT_DESK,
          "no counter office for " + session.getUsername());
    }
    return new CounterDesk(session.getUsername(), office);
  }

  static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** The domain's codes worded in the page's language. */
  static Messages messages() {
    return Messages.in(locale());
  }

  static String text(String key) {
    return ResourceBundle.getBundle(BUNDLE, locale()).getString(key);
  }

  static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  static String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }
}
