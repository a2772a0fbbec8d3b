package it.cns.enrollment.domain.partner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A partner system allowed to call the SOAP API, identified by its TLS client certificate and
 * authorised per operation. A disabled partner may call nothing.
 */
@Entity
@Table(name = "partner")
public class Partner {

  /** How long before its certificate expires a partner with no renewal is warned about. */
  public static final java.time.Duration EXPIRY_WARNING = java.time.Duration.ofDays(30);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name", nullable = false, length = 200, updatable = false)
  private String name;

  /** Canonical RFC 2253 issuer (see {@link PartnerCertificateId}). */
  @Column(name = "certificate_issuer", nullable = false, length = 1000)
  private String certificateIssuer;

  @Column(name = "certificate_serial", nullable = false, length = 64)
  private String certificateSerial;

  /** When present, the exact certificate is pinned: issuer and serial alone do not suffice. */
  @Column(name = "certificate_sha256", length = 64)
  private String certificateSha256;

  /** When the certificate expires; null for records made before it was kept (V17_1). */
  @Column(name = "certificate_not_after")
  private Instant certificateNotAfter;

  /**
   * A second certificate registered for a renewal, always pinned by fingerprint: while it is named,
   * either certificate identifies the partner (overlap without downtime).
   */
  @Column(name = "renewal_issuer", length = 1000)
  private String renewalIssuer;

  @Column(name = "renewal_serial", length = 64)
  private String renewalSerial;

  @Column(name = "renewal_sha256", length = 64)
  private String renewalSha256;

  @Column(name = "renewal_not_after")
  private Instant renewalNotAfter;

  /** When supervisors were last warned by mail that the certificate expires soon. */
  @Column(name = "expiry_warned_at")
  private Instant expiryWarnedAt;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  /** Whether every message must be signed (ModI ID_AUTH_SOAP_02 + INTEGRITY_SOAP_01). */
  @Column(name = "signature_required", nullable = false)
  private boolean signatureRequired;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "partner_operation", joinColumns = @JoinColumn(name = "partner_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "operation", nullable = false, length = 40)
  private Set<PartnerOperation> operations = new HashSet<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Partner() {}

  public Partner(
      String name,
      PartnerCertificateId certificate,
      boolean pinFingerprint,
      Collection<PartnerOperation> operations,
      Instant createdAt) {
    this(name, certificate, null, pinFingerprint, operations, createdAt);
  }

  /** A partner whose certificate expires at {@code notAfter} (null: unknown). */
  public Partner(
      String name,
      PartnerCertificateId certificate,
      Instant notAfter,
      boolean pinFingerprint,
      Collection<PartnerOperation> operations,
      Instant createdAt) {
    this.certificateNotAfter = notAfter;
    this.name = requireNonBlank(name);
    Objects.requireNonNull(certificate, "certificate is required");
    this.certificateIssuer = certificate.issuer();
    this.certificateSerial = certificate.serialHex().toLowerCase(Locale.ROOT);
    this.certificateSha256 = pinFingerprint ? certificate.sha256() : null;
    this.enabled = true;
    this.operations = new HashSet<>(operations);
    this.createdAt = Objects.requireNonNull(createdAt, "creation instant is required");
  }

  private static String requireNonBlank(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("partner name is required");
    }
    return name.strip();
  }

  /** Whether this enabled partner was granted the operation. */
  public boolean mayCall(PartnerOperation op) {
    return enabled && op != null && operations.contains(op);
  }

  /**
   * Whether the presented certificate is the one this record names: same issuer and serial (and,
   * when the record pins one, the same fingerprint), or the pinned fingerprint alone.
   */
  public boolean isIdentifiedBy(PartnerCertificateId presented) {
    if (renewalSha256 != null && renewalSha256.equals(presented.sha256())) {
      return true;
    }
    boolean pinned = certificateSha256 != null;
    if (pinned && certificateSha256.equals(presented.sha256())) {
      return true;
    }
    return !pinned
        && certificateIssuer.equals(presented.issuer())
        && certificateSerial.equals(presented.serialHex());
  }

  /** Whether an unsigned message from this partner is refused. */
  public boolean requiresSignature() {
    return signatureRequired;
  }

  /** From now on, unsigned messages are refused (true) or accepted (false). */
  public void requireSignature(boolean required) {
    this.signatureRequired = required;
  }

  public void disable() {
    enabled = false;
  }

  public void enable() {
    enabled = true;
  }

  public void allow(PartnerOperation op) {
    operations.add(Objects.requireNonNull(op));
  }

  public void disallow(PartnerOperation op) {
    operations.remove(op);
  }

  /** Exactly these operations from now on. */
  public void allowOnly(Collection<PartnerOperation> allowed) {
    operations.clear();
    allowed.forEach(this::allow);
  }

  /**
   * Another certificate for the same partner (a renewal): the record names and pins the new one,
   * and the old one identifies the partner no more.
   */
  public void replaceCertificate(PartnerCertificateId certificate) {
    replaceCertificate(certificate, null);
  }

  /**
   * {@link #replaceCertificate(PartnerCertificateId)} with the new certificate's expiry; a renewal
   * certificate that is this one is no longer a separate one.
   */
  public void replaceCertificate(PartnerCertificateId certificate, Instant notAfter) {
    Objects.requireNonNull(certificate, "certificate is required");
    if (certificate.sha256().equals(renewalSha256)) {
      withdrawRenewal();
    }
    this.certificateIssuer = certificate.issuer();
    this.certificateSerial = certificate.serialHex().toLowerCase(Locale.ROOT);
    this.certificateSha256 = certificate.sha256();
    this.certificateNotAfter = notAfter;
    this.expiryWarnedAt = null;
  }

  /**
   * A second certificate for a renewal without downtime: from now on it identifies the partner as
   * well as the current one, until {@link #completeRenewal()} or {@link #withdrawRenewal()}. It
   * replaces a renewal certificate named before.
   */
  public void addRenewal(PartnerCertificateId certificate, Instant notAfter) {
    Objects.requireNonNull(certificate, "certificate is required");
    Objects.requireNonNull(notAfter, "expiry is required");
    if (certificate.sha256().equals(certificateSha256)) {
      throw new IllegalArgumentException("the renewal certificate is the current one");
    }
    this.renewalIssuer = certificate.issuer();
    this.renewalSerial = certificate.serialHex().toLowerCase(Locale.ROOT);
    this.renewalSha256 = certificate.sha256();
    this.renewalNotAfter = notAfter;
  }

  /** The renewal certificate becomes the partner's certificate; the old one is forgotten. */
  public void completeRenewal() {
    if (renewalSha256 == null) {
      throw new IllegalStateException("no renewal certificate");
    }
    PartnerCertificateId next =
        new PartnerCertificateId(renewalIssuer, renewalSerial, renewalSha256);
    Instant notAfter = renewalNotAfter;
    withdrawRenewal();
    replaceCertificate(next, notAfter);
  }

  /** The renewal certificate identifies the partner no more. */
  public void withdrawRenewal() {
    renewalIssuer = null;
    renewalSerial = null;
    renewalSha256 = null;
    renewalNotAfter = null;
  }

  /**
   * Whether the certificate expires before {@code horizon} with no renewal certificate valid beyond
   * it: the partner would lose access unless someone acts. Unknown expiries never warn.
   */
  public boolean needsRenewalBefore(Instant horizon) {
    return certificateNotAfter != null
        && certificateNotAfter.isBefore(horizon)
        && (renewalNotAfter == null || renewalNotAfter.isBefore(horizon));
  }

  /** Supervisors were warned by mail now about this certificate's expiry. */
  public void expiryWarned(Instant at) {
    this.expiryWarnedAt = at;
  }

  public Optional<Instant> expiryWarnedAt() {
    return Optional.ofNullable(expiryWarnedAt);
  }

  public Optional<Instant> certificateNotAfter() {
    return Optional.ofNullable(certificateNotAfter);
  }

  /** The renewal certificate, when one is registered. */
  public Optional<PartnerCertificateId> renewal() {
    return renewalSha256 == null
        ? Optional.empty()
        : Optional.of(new PartnerCertificateId(renewalIssuer, renewalSerial, renewalSha256));
  }

  public Optional<Instant> renewalNotAfter() {
    return Optional.ofNullable(renewalNotAfter);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public String certificateIssuer() {
    return certificateIssuer;
  }

  public String certificateSerial() {
    return certificateSerial;
  }

  public Optional<String> certificateSha256() {
    return Optional.ofNullable(certificateSha256);
  }

  public Set<PartnerOperation> operations() {
    return operations.isEmpty()
        ? EnumSet.noneOf(PartnerOperation.class)
        : EnumSet.copyOf(operations);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
