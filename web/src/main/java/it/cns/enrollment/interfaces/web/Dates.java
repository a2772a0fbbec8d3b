package it.cns.enrollment.interfaces.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as Italian pages show them, in Italian time. */
final class Dates {

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ROME);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ROME);

  private Dates() {}

  static String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }

  static String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }
}
