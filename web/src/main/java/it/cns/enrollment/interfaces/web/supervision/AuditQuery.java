package it.cns.enrollment.interfaces.web.supervision;

import it.cns.enrollment.application.audit.AuditCursor;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditFilter;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.error.InvalidRequestException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;

/**
 * The audit trail's filter as GET parameters, read the same way by the page and by the CSV
 * download, so that a filtered view is a bookmarkable URL and its export holds the same rows. Days
 * as {@code yyyy-MM-dd} (what a date input sends); action and channel by their names.
 */
final class AuditQuery {

  static final String FROM = "dal";
  static final String TO = "al";
  static final String CF = "cf";
  static final String ACTION = "azione";
  static final String CHANNEL = "canale";
  static final String ACTOR = "attore";
  static final String OUTCOME = "esito";
  static final String REQUEST_ID = "richiesta";
  static final String BEFORE = "prima";
  static final String AFTER = "dopo";

  static final String BAD_VALUE = "AUDIT_FILTER_VALUE";

  private AuditQuery() {}

  /** The filter from the request's parameters; a malformed value is an INVALID_REQUEST. */
  static AuditFilter filter(UnaryOperator<String> parameter) {
    return new AuditFilter(
        day(parameter, FROM),
        day(parameter, TO),
        parameter.apply(CF),
        named(parameter, ACTION, AuditAction.class),
        named(parameter, CHANNEL, Channel.class),
        parameter.apply(ACTOR),
        parameter.apply(OUTCOME),
        parameter.apply(REQUEST_ID));
  }

  /** Where the page starts: before or after an event id, or at the newest. */
  static AuditCursor cursor(UnaryOperator<String> parameter) {
    Long before = id(parameter, BEFORE);
    Long after = id(parameter, AFTER);
    if (before != null) {
      return AuditCursor.olderThan(before);
    }
    return after != null ? AuditCursor.newerThan(after) : AuditCursor.newest();
  }

  /** The filter as a query string (no leading '?'), empty for no filter. */
  static String queryString(AuditFilter f) {
    StringJoiner q = new StringJoiner("&");
    add(q, FROM, f.from());
    add(q, TO, f.to());
    add(q, CF, f.subjectCf());
    add(q, ACTION, f.action());
    add(q, CHANNEL, f.channel());
    add(q, ACTOR, f.actorContains());
    add(q, OUTCOME, f.outcome());
    add(q, REQUEST_ID, f.requestId());
    return q.toString();
  }

  private static void add(StringJoiner q, String name, Object value) {
    if (value != null) {
      q.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
    }
  }

  private static LocalDate day(UnaryOperator<String> parameter, String name) {
    String value = blankToNull(parameter.apply(name));
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw bad(name);
    }
  }

  private static <E extends Enum<E>> E named(
      UnaryOperator<String> parameter, String name, Class<E> type) {
    String value = blankToNull(parameter.apply(name));
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw bad(name);
    }
  }

  private static Long id(UnaryOperator<String> parameter, String name) {
    String value = blankToNull(parameter.apply(name));
    if (value == null) {
      return null;
    }
    try {
      return Long.valueOf(value);
    } catch (NumberFormatException e) {
      throw bad(name);
    }
  }

  private static InvalidRequestException bad(String name) {
    return new InvalidRequestException(BAD_VALUE, "parameter " + name, name);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
