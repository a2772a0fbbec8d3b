package it.cns.enrollment.domain.card;

import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.EntratelSite;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.identity.CardKey;
import it.cns.enrollment.domain.identity.CnsCertificate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A smartcard bound to an account (and, for Entratel, to site 000). */
@Entity
@Table(name = "smartcard_binding")
public class SmartcardBinding {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id", nullable = false, updatable = false)
  private Account account;

  @ManyToOne
  @JoinColumn(name = "entratel_site_id", updatable = false)
  private EntratelSite site;

  @Column(name = "card_issuer_dn", nullable = false, length = 1000, updatable = false)
  private String cardIssuerDn;

  /** The issuer as the certificate writes it, for people to read (the key above is canonical). */
  @Column(name = "card_issuer_name", nullable = false, length = 1000, updatable = false)
  private String cardIssuerName;

  @Column(name = "card_key_kind", nullable = false, length = 16, updatable = false)
  private String cardKeyKind;

  @Column(name = "card_local_id", nullable = false, length = 80, updatable = false)
  private String cardLocalId;

  @Column(name = "certificate_serial", nullable = false, length = 64)
  private String certificateSerial;

  @Column(name = "certificate_sha256", nullable = false, length = 64)
  private String certificateSha256;

  @Column(name = "certificate_not_after", nullable = false)
  private Instant certificateNotAfter;

  @Column(name = "bound_at", nullable = false, updatable = false)
  private Instant boundAt;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 16, updatable = false)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private BindingStatus status;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SmartcardBinding() {}

  private SmartcardBinding(
      Account account, EntratelSite site, CnsCertificate certificate, Channel channel, Instant at) {
    this.account = Objects.requireNonNull(account, "account is required");
    this.site = site;
    CardKey key = certificate.cardKey();
    this.cardIssuerDn = key.issuer();
    this.cardIssuerName = certificate.issuerName();
    this.cardKeyKind = key.kind().name();
    this.cardLocalId = key.localId();
    this.channel = Objects.requireNonNull(channel, "channel is required");
    this.boundAt = Objects.requireNonNull(at, "binding instant is required");
    this.status = BindingStatus.ACTIVE;
    recordCertificate(certificate, at);
  }

  /**
   * Binds a card to an account: an Entratel account's card goes to its site 000, a Fisconline
   * account's card to the account alone.
   */
  public static SmartcardBinding bind(
      Account account, CnsCertificate certificate, Channel channel, Instant at) {
    Objects.requireNonNull(certificate, "certificate is required");
    if (!account.codiceFiscale().equals(certificate.codiceFiscale())) {
      throw new IllegalArgumentException("certificate does not belong to the account holder");
    }
    return new SmartcardBinding(
        account, account.smartcardSite().orElse(null), certificate, channel, at);
  }

  /** Records the certificate presented by the card (a renewed one keeps the binding). */
  public void recordCertificate(CnsCertificate certificate, Instant at) {
    this.certificateSerial = certificate.serialHex();
    this.certificateSha256 = certificate.sha256Fingerprint();
    this.certificateNotAfter = certificate.notAfter();
    this.lastSeenAt = at;
  }

  public Long id() {
    return id;
  }

  public Account account() {
    return account;
  }

  public Optional<EntratelSite> site() {
    return Optional.ofNullable(site);
  }

  public String cardIssuerDn() {
    return cardIssuerDn;
  }

  public String cardIssuerName() {
    return cardIssuerName;
  }

  /** The card id for pages: only the last four digits visible. */
  public String maskedCardId() {
    int keep = Math.min(4, cardLocalId.length());
    return "*".repeat(cardLocalId.length() - keep)
        + cardLocalId.substring(cardLocalId.length() - keep);
  }

  public String certificateSerial() {
    return certificateSerial;
  }

  public String certificateSha256() {
    return certificateSha256;
  }

  public Instant certificateNotAfter() {
    return certificateNotAfter;
  }

  public Instant boundAt() {
    return boundAt;
  }

  public Instant lastSeenAt() {
    return lastSeenAt;
  }

  public Channel channel() {
    return channel;
  }

  public BindingStatus status() {
    return status;
  }

  /** The card's id, for bindings of a card whose certificate names one. */
  public Optional<String> cardNumber() {
    return CardKey.Kind.CARD_ID.name().equals(cardKeyKind)
        ? Optional.of(cardLocalId)
        : Optional.empty();
  }

  /**
   * The card was revoked (TS-CNS revocation with the CIP): the binding stays, to show the holder
   * what happened, but lets no login through. Revoking twice changes nothing.
   *
   * @return whether this call changed the status
   */
  public boolean revoke() {
    if (status == BindingStatus.REVOKED) {
      return false;
    }
    status = BindingStatus.REVOKED;
    return true;
  }
}
