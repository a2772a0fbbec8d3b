package it.cns.enrollment.application.counter;

import java.util.Objects;

/** Who activates, and at which counter office (table counter_office). */
public record CounterDesk(String operatorUsername, long counterOfficeId) {

  public CounterDesk {
    Objects.requireNonNull(operatorUsername, "operator is required");
  }
}
