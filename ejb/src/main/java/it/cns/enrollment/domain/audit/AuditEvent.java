package it.cns.enrollment.domain.audit;

import it.cns.enrollment.domain.identity.CnsCertificate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the append-only audit trail. The database refuses updates and deletes of this table
 * (see the migration), so an event, once committed, stays as written.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  /** The outcome recorded for a successful action; refusals record their error code. */
  public static final String OUTCOME_OK = "OK";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, length = 300, updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 16, updatable = false)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 40, updatable = false)
  private AuditAction action;

  @Column(name = "subject_cf", length = 16, updatable = false)
  private String subjectCf;

  @Column(name = "certificate_issuer", length = 1000, updatable = false)
  private String certificateIssuer;

  @Column(name = "certificate_serial", length = 64, updatable = false)
  private String certificateSerial;

  @Column(name = "outcome", nullable = false, length = 40, updatable = false)
  private String outcome;

  @Column(name = "detail", length = 500, updatable = false)
  private String detail;

  @Column(name = "request_id", length = 64, updatable = false)
  private String requestId;

  @Column(name = "client_address", length = 45, updatable = false)
  private String clientAddress;

  protected AuditEvent() {}

  private AuditEvent(Builder b) {
    this.occurredAt = Objects.requireNonNull(b.occurredAt, "instant is required");
    this.actor = Objects.requireNonNull(b.actor, "actor is required");
    this.channel = Objects.requireNonNull(b.channel, "channel is required");
    this.action = Objects.requireNonNull(b.action, "action is required");
    this.outcome = Objects.requireNonNull(b.outcome, "outcome is required");
    this.subjectCf = b.subjectCf;
    this.certificateIssuer = b.certificateIssuer;
    this.certificateSerial = b.certificateSerial;
    this.detail = truncate(b.detail, 500);
    this.requestId = b.requestId;
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public static Builder of(AuditAction action, Channel channel, String actor, Instant at) {
    Builder b = new Builder();
    b.action = action;
    b.channel = channel;
    b.actor = actor;
    b.occurredAt = at;
    return b;
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public Channel channel() {
    return channel;
  }

  public AuditAction action() {
    return action;
  }

  public String subjectCf() {
    return subjectCf;
  }

  public String certificateIssuer() {
    return certificateIssuer;
  }

  public String certificateSerial() {
    return certificateSerial;
  }

  public String outcome() {
    return outcome;
  }

  public String detail() {
    return detail;
  }

  public String requestId() {
    return requestId;
  }

  /** The address the request that caused the event came from; null when none did (timers). */
  public String clientAddress() {
    return clientAddress;
  }

  /**
   * Notes where the request came from, before the event is stored; an address noted already stays
   * (the first is the request's). Longer text than an IPv6 address is cut.
   */
  public void arrivedFrom(String address) {
    if (clientAddress == null && id == null) {
      clientAddress = truncate(address, 45);
    }
  }

  /** Builds an event; callers never pass secrets, only identifiers and codes. */
  public static final class Builder {
    private Instant occurredAt;
    private String actor;
    private Channel channel;
    private AuditAction action;
    private String subjectCf;
    private String certificateIssuer;
    private String certificateSerial;
    private String outcome = OUTCOME_OK;
    private String detail;
    private String requestId;

    private Builder() {}

    public Builder subject(String codiceFiscale) {
      this.subjectCf = codiceFiscale;
      return this;
    }

    public Builder certificate(CnsCertificate certificate) {
      if (certificate != null) {
        this.certificateIssuer = certificate.issuerDn();
        this.certificateSerial = certificate.serialHex();
        this.subjectCf = certificate.codiceFiscale().toString();
      }
      return this;
    }

    /** The certificate by issuer and serial, when only the record of it is at hand. */
    public Builder certificateOf(String issuer, String serialHex) {
      this.certificateIssuer = issuer;
      this.certificateSerial = serialHex;
      return this;
    }

    public Builder outcome(String outcome) {
      this.outcome = outcome;
      return this;
    }

    /** Named values, written as {@code key=value; key=value}. */
    public Builder detail(AuditDetails details) {
      this.detail = details == null ? null : details.render();
      return this;
    }

    public Builder requestId(String requestId) {
      this.requestId = requestId;
      return this;
    }

    public AuditEvent build() {
      return new AuditEvent(this);
    }
  }
}
