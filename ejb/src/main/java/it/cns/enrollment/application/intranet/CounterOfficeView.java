package it.cns.enrollment.application.intranet;

import it.cns.enrollment.domain.counter.CounterOffice;
import java.io.Serializable;

/**
 * A counter office as pages show it (the public directory, the supervisor's list). Province, town,
 * phone, e-mail and the English hours may be null.
 */
public record CounterOfficeView(
    long id,
    String name,
    String healthAgency,
    String address,
    String openingHours,
    boolean enabled,
    String province,
    String town,
    String phone,
    String email,
    String openingHoursEn)
    implements Serializable {

  static CounterOfficeView of(CounterOffice o) {
    return new CounterOfficeView(
        o.id(),
        o.name(),
        o.healthAgency(),
        o.address(),
        o.openingHours(),
        o.isEnabled(),
        o.province(),
        o.town(),
        o.phone(),
        o.email(),
        o.openingHoursEn());
  }

  /** The opening hours in {@code language} ("en" or "it"): Italian when no English is recorded. */
  public String hoursIn(String language) {
    return "en".equals(language) && openingHoursEn != null ? openingHoursEn : openingHours;
  }
}
