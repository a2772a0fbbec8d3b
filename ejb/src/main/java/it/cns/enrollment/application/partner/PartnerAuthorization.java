package it.cns.enrollment.application.partner;

import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.application.security.RefusalSubject;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.partner.PartnerOperation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling the partner API, from the TLS client certificate: the partner record it names
 * (issuer + serial, or the pinned SHA-256 fingerprint), which must be enabled and granted the
 * operation. The partner listener's TLS trust store already admits partner CAs only; this is the
 * authority on who may do what. Every refusal is audited ({@code PARTNER_CALL}) with the
 * certificate's subject as actor and says only {@code NOT_AUTHORISED} to the caller.
 */
@Stateless
public class PartnerAuthorization {

  static final int MAX_ACTOR_LENGTH = 300;
  static final int MAX_REQUEST_ID_LENGTH = 64;
  static final int MAX_ISSUER_LENGTH = 1000;

  @Inject KnownPartners known;
  @Inject AuditRecorder audit;
  @Inject Clock clock;

  /**
   * Who is calling, from the TLS client certificate; refuses {@code NOT_AUTHORISED} if unknown,
   * disabled, or the operation is not allowed. Audits the refusal (action {@code PARTNER_CALL})
   * with the certificate subject as actor.
   */
  public AuthorisedPartner authorise(
      X509Certificate partnerCertificate, PartnerOperation operation, String requestId) {
    Objects.requireNonNull(operation, "operation is required");
    if (partnerCertificate == null) {
      throw refuse(null, operation, requestId, "no client certificate");
    }
    if (!inDate(partnerCertificate)) {
      throw refuse(partnerCertificate, operation, requestId, "certificate out of its validity");
    }
    Optional<PartnerAccess> found = known.identify(partnerCertificate);
    if (found.isEmpty()) {
      throw refuse(partnerCertificate, operation, requestId, "unknown partner certificate");
    }
    PartnerAccess partner = found.get();
    if (!partner.enabled()) {
      throw refuse(
          partnerCertificate, operation, requestId, "partner " + partner.name() + " disabled");
    }
    if (!partner.mayCall(operation)) {
      throw refuse(
          partnerCertificate,
          operation,
          requestId,
          "partner " + partner.name() + " not allowed " + operation);
    }
    return new AuthorisedPartner(partner.id(), partner.name());
  }

  private boolean inDate(X509Certificate certificate) {
    try {
      certificate.checkValidity(Date.from(clock.instant()));
      return true;
    } catch (CertificateExpiredException | CertificateNotYetValidException e) {
      return false;
    }
  }

  private BusinessRefusal refuse(
      X509Certificate certificate, PartnerOperation operation, String requestId, String why) {
    BusinessRefusal refusal =
        new BusinessRefusal(ErrorCode.NOT_AUTHORISED, why + " (" + operation + ")");
    String actor =
        certificate == null
            ? "partner:anonymous"
            : truncate(certificate.getSubjectX500Principal().getName(), MAX_ACTOR_LENGTH);
    AuditEvent.Builder event =
        AuditEvent.of(AuditAction.PARTNER_CALL, Channel.PARTNER, actor, clock.instant())
            .requestId(truncate(requestId, MAX_REQUEST_ID_LENGTH))
            .outcome(refusal.stableCode())
            .detail(AuditDetails.of("reason", refusal.getMessage()));
    if (certificate != null) {
      event.certificateOf(
          truncate(certificate.getIssuerX500Principal().getName(), MAX_ISSUER_LENGTH),
          certificate.getSerialNumber().toString(16));
    }
    audit.recordRefusal(event.build());
    // On record as PARTNER_CALL: an audited use case around this call does not record it again.
    RefusalSubject.recorded(refusal);
    return refusal;
  }

  static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
