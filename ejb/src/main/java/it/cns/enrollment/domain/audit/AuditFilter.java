package it.cns.enrollment.domain.audit;

import it.cns.enrollment.domain.error.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which audit events a supervisor wants to see. Every criterion is optional (null: any). Days are
 * Italian calendar days ({@link #ZONE}), both ends included. Texts are normalised (trimmed, blank
 * means none, codice fiscale and outcome upper case); the actor matches when it contains the text,
 * ignoring case; the others match exactly.
 */
public record AuditFilter(
    LocalDate from,
    LocalDate to,
    String subjectCf,
    AuditAction action,
    Channel channel,
    String actorContains,
    String outcome,
    String requestId) {

  public static final ZoneId ZONE = ZoneId.of("Europe/Rome");

  static final String DATES_REVERSED = "AUDIT_DATES_REVERSED";
  static final String CF_MALFORMED = "AUDIT_CF_MALFORMED";
  static final String TEXT_TOO_LONG = "AUDIT_TEXT_TOO_LONG";

  private static final Pattern CF_SHAPE = Pattern.compile("[A-Z0-9]{16}");

  public AuditFilter {
    subjectCf = upper(blankToNull(subjectCf));
    actorContains = blankToNull(actorContains);
    outcome = upper(blankToNull(outcome));
    requestId = blankToNull(requestId);
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidRequestException(DATES_REVERSED, from + " after " + to);
    }
    // Only the shape: the trail also records refusals of malformed-but-16-character codes.
    if (subjectCf != null && !CF_SHAPE.matcher(subjectCf).matches()) {
      throw new InvalidRequestException(CF_MALFORMED, "subject codice fiscale shape");
    }
    requireLength(actorContains, 300);
    requireLength(outcome, 40);
    requireLength(requestId, 64);
  }

  /** Every event about one person (subject codice fiscale), e.g. for a counter's look-up. */
  public static AuditFilter aboutSubject(String codiceFiscale) {
    return new AuditFilter(null, null, codiceFiscale, null, null, null, null, null);
  }

  /** No criterion: the whole trail. */
  public static AuditFilter none() {
    return new AuditFilter(null, null, null, null, null, null, null, null);
  }

  /** The first instant included, or null when there is no lower bound. */
  public Instant fromInstant() {
    return from == null ? null : from.atStartOfDay(ZONE).toInstant();
  }

  /** The first instant no longer included (midnight after {@link #to()}), or null. */
  public Instant untilInstant() {
    return to == null ? null : to.plusDays(1).atStartOfDay(ZONE).toInstant();
  }

  public boolean isEmpty() {
    return equals(none());
  }

  /**
   * The criteria set, as the audit details of an export: only what the supervisor typed, so no
   * personal data beyond the filter's CF.
   */
  public AuditDetails details() {
    return AuditDetails.of("from", from)
        .and("to", to)
        .and("cf", subjectCf)
        .and("action", action)
        .and("channel", channel)
        .and("actorContains", actorContains)
        .and("outcome", outcome)
        .and("requestId", requestId);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String upper(String s) {
    return s == null ? null : s.toUpperCase(Locale.ROOT);
  }

  private static void requireLength(String s, int max) {
    if (s != null && s.length() > max) {
      throw new InvalidRequestException(
          TEXT_TOO_LONG, "filter text over " + max, String.valueOf(max));
    }
  }
}
