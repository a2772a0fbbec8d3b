package it.cns.enrollment.domain.counter;

import java.io.Serializable;

/**
 * What a counter office tells the public: name, health agency, address, opening hours (Italian, and
 * English where given), where it is (province sigla, town) and how to reach it (phone, e-mail)
 * where known. The last five may be null.
 */
public record CounterOfficeDetails(
    String name,
    String healthAgency,
    String address,
    String openingHours,
    String province,
    String town,
    String phone,
    String email,
    String openingHoursEn)
    implements Serializable {

  /** An office with no place, contacts or English hours recorded. */
  public CounterOfficeDetails(
      String name, String healthAgency, String address, String openingHours) {
    this(name, healthAgency, address, openingHours, null, null, null, null, null);
  }
}
