package it.cns.enrollment.interfaces.web.supervision;

import it.cns.enrollment.application.audit.AuditCursor;
import it.cns.enrollment.domain.audit.AuditFilter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;

/**
 * The audit trail's filter as GET parameters, read the same way by the page and by the CSV
 * download, so that a filtered view is a bookmarkable URL and its export holds the same rows; the
 * values are typed by {@link AuditValues}.
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

  private static final AuditValues.Day DAY = new AuditValues.Day();
  private static final AuditValues.Action ACTION_NAME = new AuditValues.Action();
  private static final AuditValues.ChannelName CHANNEL_NAME = new AuditValues.ChannelName();

  /**
   * The filter from a plain request's parameters (the CSV download), read by the converters the
   * page uses; a malformed value is an INVALID_REQUEST.
   */
  static AuditFilter filter(UnaryOperator<String> parameter) {
    return new AuditFilter(
        DAY.value(FROM, parameter.apply(FROM)),
        DAY.value(TO, parameter.apply(TO)),
        parameter.apply(CF),
        ACTION_NAME.value(ACTION, parameter.apply(ACTION)),
        CHANNEL_NAME.value(CHANNEL, parameter.apply(CHANNEL)),
        parameter.apply(ACTOR),
        parameter.apply(OUTCOME),
        parameter.apply(REQUEST_ID));
  }

  /** Where the page starts: before or after an event id, or at the newest. */
  static AuditCursor cursor(Long before, Long after) {
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
}
