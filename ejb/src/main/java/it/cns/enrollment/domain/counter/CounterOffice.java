package it.cns.enrollment.domain.counter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A counter office (sportello abilitato) of a health agency: name, agency, address and opening
 * hours, as the public directory shows them. Only an enabled office is listed publicly and may
 * receive operators.
 */
@Entity
@Table(name = "counter_office")
public class CounterOffice {

  static final int NAME_MAX = 200;
  static final int AGENCY_MAX = 200;
  static final int ADDRESS_MAX = 300;
  static final int HOURS_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name", nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "health_agency", nullable = false, length = AGENCY_MAX)
  private String healthAgency;

  @Column(name = "address", nullable = false, length = ADDRESS_MAX)
  private String address;

  @Column(name = "opening_hours", nullable = false, length = HOURS_MAX)
  private String openingHours;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected CounterOffice() {}

  /**
   * A new, enabled office.
   *
   * @throws InvalidCounterOfficeException when a field is blank or too long
   */
  public CounterOffice(CounterOfficeDetails details) {
    apply(details);
    this.enabled = true;
  }

  /**
   * Replaces name, agency, address and opening hours.
   *
   * @throws InvalidCounterOfficeException when a field is blank or too long
   */
  public void edit(CounterOfficeDetails details) {
    apply(details);
  }

  private void apply(CounterOfficeDetails details) {
    if (details == null) {
      throw new InvalidCounterOfficeException("details are required");
    }
    this.name = field(details.name(), NAME_MAX, "name");
    this.healthAgency = field(details.healthAgency(), AGENCY_MAX, "health agency");
    this.address = field(details.address(), ADDRESS_MAX, "address");
    this.openingHours = field(details.openingHours(), HOURS_MAX, "opening hours");
  }

  private static String field(String value, int max, String what) {
    if (value == null || value.isBlank()) {
      throw new InvalidCounterOfficeException(what + " is required");
    }
    String v = value.strip();
    if (v.length() > max) {
      throw new InvalidCounterOfficeException(what + " longer than " + max + " characters");
    }
    return v;
  }

  public void enable() {
    enabled = true;
  }

  public void disable() {
    enabled = false;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String healthAgency() {
    return healthAgency;
  }

  public String address() {
    return address;
  }

  public String openingHours() {
    return openingHours;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public CounterOfficeDetails details() {
    return new CounterOfficeDetails(name, healthAgency, address, openingHours);
  }

  @Override
  public String toString() {
    return "CounterOffice[" + id + ", " + name + (enabled ? "" : ", disabled") + "]";
  }
}
