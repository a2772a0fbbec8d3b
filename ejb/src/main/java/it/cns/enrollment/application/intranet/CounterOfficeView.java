package it.cns.enrollment.application.intranet;

import it.cns.enrollment.domain.counter.CounterOffice;
import java.io.Serializable;

/** A counter office as pages show it (the public directory, the supervisor's list). */
public record CounterOfficeView(
    long id, String name, String healthAgency, String address, String openingHours, boolean enabled)
    implements Serializable {

  static CounterOfficeView of(CounterOffice o) {
    return new CounterOfficeView(
        o.id(), o.name(), o.healthAgency(), o.address(), o.openingHours(), o.isEnabled());
  }
}
