package it.cns.enrollment.domain.counter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.regex.Pattern;

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
  static final int TOWN_MAX = 100;
  static final int EMAIL_MAX = 254;
  private static final Pattern PROVINCE = Pattern.compile("[A-Z]{2}");
  // Digits with the separators people write (+39 0422 123456, 049/821.1111); 6 to 30 characters.
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ./()-]{4,28}[0-9]");

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

  @Column(name = "province", length = 2)
  private String province;

  @Column(name = "town", length = TOWN_MAX)
  private String town;

  @Column(name = "phone", length = 30)
  private String phone;

  @Column(name = "email", length = EMAIL_MAX)
  private String email;

  @Column(name = "opening_hours_en", length = HOURS_MAX)
  private String openingHoursEn;

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
    String p = optional(details.province(), 2, "province");
    p = p == null ? null : p.toUpperCase(Locale.ROOT);
    if (p != null && !PROVINCE.matcher(p).matches()) {
      throw new InvalidCounterOfficeException("province is not a two-letter sigla");
    }
    this.province = p;
    this.town = optional(details.town(), TOWN_MAX, "town");
    String ph = optional(details.phone(), 30, "phone");
    if (ph != null && !PHONE.matcher(ph).matches()) {
      throw new InvalidCounterOfficeException("phone is not a telephone number");
    }
    this.phone = ph;
    String mail = optional(details.email(), EMAIL_MAX, "e-mail");
    if (mail != null && !it.cns.enrollment.domain.mail.EmailAddress.isValid(mail)) {
      throw new InvalidCounterOfficeException("e-mail is not an address");
    }
    this.email = mail;
    this.openingHoursEn = optional(details.openingHoursEn(), HOURS_MAX, "opening hours (English)");
  }

  /** A value that may be missing: blank becomes null; too long is refused. */
  private static String optional(String value, int max, String what) {
    return value == null || value.isBlank() ? null : field(value, max, what);
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

  /** The province's two-letter sigla (TV, PD), or null when not recorded. */
  public String province() {
    return province;
  }

  public String town() {
    return town;
  }

  public String phone() {
    return phone;
  }

  public String email() {
    return email;
  }

  /** The opening hours in English, or null when only the Italian ones are recorded. */
  public String openingHoursEn() {
    return openingHoursEn;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public CounterOfficeDetails details() {
    return new CounterOfficeDetails(
        name, healthAgency, address, openingHours, province, town, phone, email, openingHoursEn);
  }

  @Override
  public String toString() {
    return "CounterOffice[" + id + ", " + name + (enabled ? "" : ", disabled") + "]";
  }
}
