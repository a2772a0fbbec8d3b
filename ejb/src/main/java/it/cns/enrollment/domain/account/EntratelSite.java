package it.cns.enrollment.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.regex.Pattern;

/** A site (sede) of an Entratel account, identified within the account by a 3-digit code. */
@Entity
@Table(name = "entratel_site")
public class EntratelSite {

  /** The site a smartcard of an Entratel user is associated with. */
  public static final String SMARTCARD_SITE_CODE = "000";

  private static final Pattern CODE = Pattern.compile("[0-9]{3}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id", nullable = false, updatable = false)
  private Account account;

  @Column(name = "code", nullable = false, length = 3, updatable = false)
  private String code;

  @Column(name = "description", length = 200)
  private String description;

  protected EntratelSite() {}

  EntratelSite(Account account, String code, String description) {
    this.account = Objects.requireNonNull(account, "account is required");
    Objects.requireNonNull(code, "site code is required");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("site code must be 3 digits: " + code);
    }
    this.code = code;
    this.description = description;
  }

  public Long id() {
    return id;
  }

  public Account account() {
    return account;
  }

  public String code() {
    return code;
  }

  public String description() {
    return description;
  }

  public boolean isSmartcardSite() {
    return SMARTCARD_SITE_CODE.equals(code);
  }
}
