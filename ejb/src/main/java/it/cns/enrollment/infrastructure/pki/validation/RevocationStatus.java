package it.cns.enrollment.infrastructure.pki.validation;

import java.util.List;
import java.util.Objects;

/**
 * One source's answer about one certificate.
 *
 * @param state good, revoked, or no definite answer
 * @param source where the answer came from
 * @param detail for logs: responder or CRL URL and why
 * @param warnings things to audit even on a definite answer (a CRL used within its stale grace)
 */
record RevocationStatus(
    State state, RevocationSource source, String detail, List<String> warnings) {

  enum State {
    GOOD,
    REVOKED,
    UNKNOWN
  }

  RevocationStatus {
    Objects.requireNonNull(state, "state is required");
    Objects.requireNonNull(source, "source is required");
    Objects.requireNonNull(detail, "detail is required");
    warnings = List.copyOf(warnings);
  }

  static RevocationStatus good(RevocationSource source, String detail, List<String> warnings) {
    return new RevocationStatus(State.GOOD, source, detail, warnings);
  }

  static RevocationStatus revoked(RevocationSource source, String detail) {
    return new RevocationStatus(State.REVOKED, source, detail, List.of());
  }

  static RevocationStatus unknown(RevocationSource source, String detail) {
    return new RevocationStatus(State.UNKNOWN, source, detail, List.of());
  }

  boolean isDefinite() {
    return state != State.UNKNOWN;
  }
}
