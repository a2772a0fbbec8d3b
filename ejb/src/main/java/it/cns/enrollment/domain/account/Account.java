package it.cns.enrollment.domain.account;

import it.cns.enrollment.domain.identity.CodiceFiscale;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's enablement to the telematic services. The codice fiscale is unique: one account per
 * person, of one type.
 */
@Entity
@Table(name = "account")
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "codice_fiscale", nullable = false, unique = true, length = 16, updatable = false)
  private CodiceFiscale codiceFiscale;

  @Enumerated(EnumType.STRING)
  @Column(name = "account_type", nullable = false, length = 16, updatable = false)
  private AccountType type;

  @Column(name = "display_name", length = 200)
  private String displayName;

  @Column(name = "enabled_at", nullable = false, updatable = false)
  private Instant enabledAt;

  @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("code")
  private List<EntratelSite> sites = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Account() {}

  public Account(
      CodiceFiscale codiceFiscale, AccountType type, String displayName, Instant enabledAt) {
    this.codiceFiscale = Objects.requireNonNull(codiceFiscale, "codice fiscale is required");
    this.type = Objects.requireNonNull(type, "account type is required");
    this.displayName = displayName;
    this.enabledAt = Objects.requireNonNull(enabledAt, "enablement instant is required");
  }

  public Long id() {
    return id;
  }

  public CodiceFiscale codiceFiscale() {
    return codiceFiscale;
  }

  public AccountType type() {
    return type;
  }

  public String displayName() {
    return displayName;
  }

  public Instant enabledAt() {
    return enabledAt;
  }

  public List<EntratelSite> sites() {
    return Collections.unmodifiableList(sites);
  }

  /** Adds a site to an Entratel account; Fisconline accounts have no sites. */
  public EntratelSite addSite(String code, String description) {
    if (type != AccountType.ENTRATEL) {
      throw new IllegalStateException("only Entratel accounts have sites");
    }
    if (site(code).isPresent()) {
      throw new IllegalStateException("site " + code + " already exists");
    }
    EntratelSite site = new EntratelSite(this, code, description);
    sites.add(site);
    return site;
  }

  public Optional<EntratelSite> site(String code) {
    return sites.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /**
   * Where a smartcard of this account is associated: none for Fisconline; site 000 for Entratel,
   * created if the account does not list it yet (000 is the main site of every Entratel user).
   */
  public Optional<EntratelSite> smartcardSite() {
    if (type != AccountType.ENTRATEL) {
      return Optional.empty();
    }
    return Optional.of(
        site(EntratelSite.SMARTCARD_SITE_CODE)
            .orElseGet(() -> addSite(EntratelSite.SMARTCARD_SITE_CODE, "Sede principale")));
  }
}
