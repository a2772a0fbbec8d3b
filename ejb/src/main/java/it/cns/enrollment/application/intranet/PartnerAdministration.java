package it.cns.enrollment.application.intranet;

import it.cns.enrollment.application.port.PartnerTrust;
import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.application.security.Audited;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.RefusalSubject;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.error.InvalidRequestException;
import it.cns.enrollment.domain.partner.Partner;
import it.cns.enrollment.domain.partner.PartnerCertificateId;
import it.cns.enrollment.domain.partner.PartnerCertificates;
import it.cns.enrollment.domain.partner.PartnerChanged;
import it.cns.enrollment.domain.partner.PartnerOperation;
import it.cns.enrollment.domain.partner.PartnerRepository;
import it.cns.enrollment.domain.partner.PartnerTakenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Supervisors manage the partner records of the SOAP API: register a partner from its client
 * certificate (PEM or DER, pinned by fingerprint), enable or disable it, set the operations it may
 * call, replace its certificate. Only the SUPERVISOR role may ({@code @RolesAllowed}), and the
 * {@link Caller} must be an active supervisor in the database (checked by {@link Audited}); every
 * change is audited ({@code PARTNER_ADMIN}, channel COUNTER, actor {@code supervisor:<username>})
 * in the same transaction, every refusal in a transaction of its own ({@link Audited}).
 */
@Stateless
@RolesAllowed("SUPERVISOR")
@Audited(AuditAction.PARTNER_ADMIN)
public class PartnerAdministration {

  static final int MAX_NAME_LENGTH = 200;
  static final String NAME_MISSING = "PARTNER_NAME_MISSING";
  static final String UNKNOWN = "PARTNER_UNKNOWN";
  static final String NO_RENEWAL = "PARTNER_NO_RENEWAL";
  static final String RENEWAL_IS_CURRENT = "PARTNER_RENEWAL_IS_CURRENT";

  @Inject PartnerRepository partners;
  @Inject Caller caller;
  @Inject AuditRecorder audit;
  @Inject Clock clock;
  @Inject PartnerTrust trust;
  @Inject Event<PartnerChanged> changed;

  public List<PartnerView> partners() {
    return partners.all().stream().map(this::view).toList();
  }

  /**
   * Registers an enabled partner recognised by exactly this certificate. Refused: a certificate
   * that cannot be read, is out of its validity or not for TLS clients ({@code INVALID_REQUEST}), a
   * name or certificate another record has ({@code PARTNER_NAME_TAKEN}, {@code
   * PARTNER_CERTIFICATE_TAKEN}).
   */
  public PartnerView register(
      String name, byte[] certificate, Collection<PartnerOperation> operations) {
    String partnerName = requireName(name);
    X509Certificate checked = checkedCertificate(certificate);
    PartnerCertificateId id = PartnerCertificateId.of(checked);
    if (partners.findByName(partnerName).isPresent()) {
      throw PartnerTakenException.name("name " + partnerName);
    }
    if (partners.findByCertificate(id.issuer(), id.serialHex(), id.sha256()).isPresent()) {
      throw PartnerTakenException.certificate("serial " + id.serialHex());
    }
    Partner p =
        new Partner(
            partnerName,
            id,
            checked.getNotAfter().toInstant(),
            true,
            allowed(operations),
            clock.instant());
    partners.add(p);
    record(
        p, "registered", AuditDetails.of("operations", p.operations()).and("sha256", id.sha256()));
    return view(p);
  }

  public PartnerView enable(long partnerId) {
    return setEnabled(partnerId, true);
  }

  public PartnerView disable(long partnerId) {
    return setEnabled(partnerId, false);
  }

  /** Exactly these operations from now on (none: the partner may call nothing). */
  public PartnerView setOperations(long partnerId, Collection<PartnerOperation> operations) {
    Partner p = changing(partnerId);
    Set<PartnerOperation> before = p.operations();
    Set<PartnerOperation> after = allowed(operations);
    if (!before.equals(after)) {
      p.allowOnly(after);
      partners.flush();
      record(p, "operations", AuditDetails.of("before", before).and("after", after));
    }
    return view(p);
  }

  /**
   * Whether the partner must sign its messages (ModI ID_AUTH_SOAP_02 + INTEGRITY_SOAP_01) from now
   * on: unsigned ones are then refused with SIGNATURE_REQUIRED.
   */
  public PartnerView requireSignature(long partnerId, boolean required) {
    Partner p = changing(partnerId);
    if (p.requiresSignature() != required) {
      p.requireSignature(required);
      partners.flush();
      record(p, "signature", AuditDetails.of("required", required));
    }
    return view(p);
  }

  /**
   * The partner is recognised by this certificate from now on (a renewal), and no longer by the old
   * one. The same checks as at registration.
   */
  public PartnerView replaceCertificate(long partnerId, byte[] certificate) {
    Partner p = changing(partnerId);
    NewCertificate replacement = newCertificateOf(p, certificate);
    String oldSerial = p.certificateSerial();
    p.replaceCertificate(replacement.id(), replacement.notAfter());
    partners.flush();
    record(
        p,
        "certificate replaced",
        AuditDetails.of("serialBefore", oldSerial).and(replacement.details()));
    return view(p);
  }

  /**
   * Registers a second certificate for a renewal without downtime: from now on the partner is
   * recognised by it as well as by its current one, until the renewal is completed (the old one is
   * then removed) or withdrawn. The same checks as at registration; it replaces a renewal
   * certificate registered before.
   */
  public PartnerView addRenewalCertificate(long partnerId, byte[] certificate) {
    Partner p = changing(partnerId);
    NewCertificate renewal = newCertificateOf(p, certificate);
    if (p.certificateSha256().filter(renewal.id().sha256()::equals).isPresent()) {
      throw new InvalidRequestException(RENEWAL_IS_CURRENT, "the partner's current certificate");
    }
    p.addRenewal(renewal.id(), renewal.notAfter());
    partners.flush();
    record(p, "renewal certificate added", renewal.details().and("notAfter", renewal.notAfter()));
    return view(p);
  }

  /**
   * Ends a renewal: the renewal certificate becomes the partner's certificate and the old one
   * recognises the partner no more. Refused ({@code PARTNER_NO_RENEWAL}) when none is registered.
   */
  public PartnerView completeRenewal(long partnerId) {
    Partner p = changing(partnerId);
    if (p.renewal().isEmpty()) {
      throw new InvalidRequestException(NO_RENEWAL, "no renewal certificate");
    }
    String oldSerial = p.certificateSerial();
    p.completeRenewal();
    partners.flush();
    record(
        p,
        "renewal completed",
        AuditDetails.of("serialBefore", oldSerial)
            .and("serial", p.certificateSerial())
            .and("sha256", p.certificateSha256().orElse("")));
    return view(p);
  }

  /** The renewal certificate recognises the partner no more (e.g. it was the wrong one). */
  public PartnerView withdrawRenewal(long partnerId) {
    Partner p = changing(partnerId);
    Optional<PartnerCertificateId> renewal = p.renewal();
    if (renewal.isEmpty()) {
      throw new InvalidRequestException(NO_RENEWAL, "no renewal certificate");
    }
    p.withdrawRenewal();
    partners.flush();
    record(
        p,
        "renewal withdrawn",
        AuditDetails.of("serial", renewal.get().serialHex()).and("sha256", renewal.get().sha256()));
    return view(p);
  }

  /** A checked certificate uploaded for a partner: its pinned identity and its expiry. */
  private record NewCertificate(PartnerCertificateId id, Instant notAfter) {

    /** What the audit says of it. */
    AuditDetails details() {
      return AuditDetails.of("serial", id.serialHex()).and("sha256", id.sha256());
    }
  }

  /**
   * The certificate uploaded to recognise partner {@code p} from now on: the same checks as at
   * registration, and refused when another partner is recognised by it.
   */
  private NewCertificate newCertificateOf(Partner p, byte[] upload) {
    X509Certificate checked = checkedCertificate(upload);
    PartnerCertificateId id = PartnerCertificateId.of(checked);
    refuseIfAnotherPartners(p, id);
    return new NewCertificate(id, checked.getNotAfter().toInstant());
  }

  private void refuseIfAnotherPartners(Partner p, PartnerCertificateId id) {
    partners
        .findByCertificate(id.issuer(), id.serialHex(), id.sha256())
        .filter(other -> !other.id().equals(p.id()))
        .ifPresent(
            other -> {
              throw PartnerTakenException.certificate("serial " + id.serialHex());
            });
  }

  /** What the pages show of a partner, with the expiry warning as of now. */
  private PartnerView view(Partner p) {
    return PartnerView.of(p, clock.instant().plus(Partner.EXPIRY_WARNING));
  }

  private PartnerView setEnabled(long partnerId, boolean enabled) {
    Partner p = changing(partnerId);
    if (p.isEnabled() != enabled) {
      if (enabled) {
        p.enable();
      } else {
        p.disable();
      }
      partners.flush();
      record(p, enabled ? "enabled" : "disabled", AuditDetails.none());
    }
    return view(p);
  }

  /** The partner a change is about; a refusal of the change names it. */
  private Partner changing(long partnerId) {
    RefusalSubject.detail("partner", partnerId);
    return partner(partnerId);
  }

  private Partner partner(long id) {
    return partners
        .find(id)
        .orElseThrow(() -> new InvalidRequestException(UNKNOWN, "no partner " + id));
  }

  /**
   * The partner's certificate in the upload (with the intermediates the partner supplied after it),
   * refused unless the partner listener would accept it: in date, for client authentication, and
   * chaining to the partner trust store.
   */
  private X509Certificate checkedCertificate(byte[] upload) {
    X509Certificate certificate = PartnerCertificates.readForClientAuth(upload, clock.instant());
    List<X509Certificate> supplied = PartnerCertificates.readAll(upload);
    List<X509Certificate> intermediates = supplied.subList(1, supplied.size());
    if (!trust.accepts(certificate, intermediates, clock.instant())) {
      throw new InvalidRequestException(
          PartnerCertificates.UNTRUSTED,
          "issuer " + certificate.getIssuerX500Principal().getName() + " not in the trust store");
    }
    return certificate;
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
      throw new InvalidRequestException(
          NAME_MISSING, "partner name blank or too long", String.valueOf(MAX_NAME_LENGTH));
    }
    return name.strip();
  }

  private static Set<PartnerOperation> allowed(Collection<PartnerOperation> operations) {
    return operations == null || operations.isEmpty()
        ? EnumSet.noneOf(PartnerOperation.class)
        : EnumSet.copyOf(operations);
  }

  /** Audits a change by the acting supervisor (checked by the container and {@link Audited}). */
  private void record(Partner p, String change, AuditDetails more) {
    audit.recordChange(
        AuditEvent.of(
                AuditAction.PARTNER_ADMIN, Channel.SUPERVISION, caller.auditName(), clock.instant())
            .certificateOf(p.certificateIssuer(), p.certificateSerial())
            .detail(
                AuditDetails.of("change", change)
                    .and("partner", p.name())
                    .and("partnerId", p.id())
                    .and(more))
            .build());
    changed.fire(new PartnerChanged(p.id()));
  }
}
