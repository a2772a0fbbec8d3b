package it.cns.enrollment.application.counter;

import java.util.Objects;

/**
 * Who activates, and at which counter office (table counter_office). For a partner's counter the
 * recorded operator is "partner:&lt;id&gt;:&lt;name the partner gave&gt;" ({@link #ofPartner}), cut
 * to the column's 64 characters.
 */
public record CounterDesk(String operatorUsername, long counterOfficeId) {

  private static final int MAX_OPERATOR = 64;

  public CounterDesk {
    Objects.requireNonNull(operatorUsername, "operator is required");
  }

  /** The desk of a partner's operator, as recorded. */
  public static CounterDesk ofPartner(long partnerId, String operator, long counterOfficeId) {
    String who = partnerPrefix(partnerId) + operator.strip();
    return new CounterDesk(
        who.length() > MAX_OPERATOR ? who.substring(0, MAX_OPERATOR) : who, counterOfficeId);
  }

  /** The operator's name as the partner gave it, without the recorded prefix. */
  String partnerOperator(long partnerId) {
    String prefix = partnerPrefix(partnerId);
    return operatorUsername.startsWith(prefix)
        ? operatorUsername.substring(prefix.length())
        : operatorUsername;
  }

  private static String partnerPrefix(long partnerId) {
    return "partner:" + partnerId + ":";
  }
}
