package it.cns.enrollment.application.partner;

import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.partner.PartnerCertificateId;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The partner API's message security profile (ModI ID_AUTH_SOAP_02 with INTEGRITY_SOAP_01), once
 * WS-Security has verified a message's signature and Timestamp at the SOAP edge: the signer must be
 * the calling partner (the certificate TLS presented, or one registered to that partner), a
 * MessageID is accepted once per partner (decided by the database, so on every node), and a partner
 * that must sign may not send unsigned messages. Every refusal is audited ({@code PARTNER_CALL})
 * with its own code; refusals of WS-Security itself are audited through {@link #refusedAtTheEdge}.
 */
@Stateless
public class PartnerMessageSecurity {

  /**
   * How long past its Timestamp's expiry a MessageID is kept: the edge allows this much clock skew
   * for a Timestamp from the future, so a replay cannot outlive the record.
   */
  static final Duration KEEP_AFTER_EXPIRY = Duration.ofMinutes(5);

  @Inject KnownPartners known;
  @Inject MessageReceipts receipts;
  @Inject AuditRecorder audit;
  @Inject Clock clock;

  /**
   * Admits the message of the partner that TLS authenticated, or refuses it with {@code
   * SIGNATURE_REQUIRED}, {@code SIGNER_NOT_PARTNER} or {@code MESSAGE_REPLAYED}. An unknown partner
   * is left to {@link PartnerAuthorization}, which refuses it. No transaction of the caller's: the
   * MessageID is recorded in one of its own ({@link MessageReceipts}), a refusal audited in
   * another, and a message that writes nothing opens none (the partner look-up is a remembered
   * read).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void admit(
      X509Certificate tlsCertificate, Optional<SignedMessage> signed, String requestId) {
    if (tlsCertificate == null) {
      return;
    }
    Optional<PartnerAccess> found = known.identify(tlsCertificate);
    if (found.isEmpty()) {
      return;
    }
    PartnerAccess partner = found.get();
    if (signed.isEmpty()) {
      if (partner.signatureRequired()) {
        throw refuse(tlsCertificate, requestId, ErrorCode.SIGNATURE_REQUIRED, "unsigned message");
      }
      return;
    }
    SignedMessage message = signed.get();
    X509Certificate signer = message.signer();
    if (!signer.equals(tlsCertificate)
        && known
            .lookUp(PartnerCertificateId.of(signer))
            .filter(p -> p.id() == partner.id())
            .isEmpty()) {
      throw refuse(
          tlsCertificate,
          requestId,
          ErrorCode.SIGNER_NOT_PARTNER,
          "signed by " + signer.getSubjectX500Principal().getName());
    }
    Instant now = clock.instant();
    if (!receipts.first(
        partner.id(), message.messageId(), now, message.expires().plus(KEEP_AFTER_EXPIRY))) {
      throw refuse(
          tlsCertificate,
          requestId,
          ErrorCode.MESSAGE_REPLAYED,
          "MessageID " + PartnerAuthorization.truncate(message.messageId(), 100));
    }
  }

  /**
   * Audits a message that WS-Security refused before the endpoint ran (a signature that does not
   * verify, an expired Timestamp, a signer outside the partner trust store).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void refusedAtTheEdge(X509Certificate tlsCertificate, ErrorCode code, String why) {
    audit.recordRefusal(event(tlsCertificate, null, code, why));
  }

  private BusinessRefusal refuse(
      X509Certificate certificate, String requestId, ErrorCode code, String why) {
    BusinessRefusal refusal = new BusinessRefusal(code, why);
    audit.recordRefusal(event(certificate, requestId, code, why));
    return refusal;
  }

  private AuditEvent event(
      X509Certificate certificate, String requestId, ErrorCode code, String why) {
    String actor =
        certificate == null
            ? "partner:anonymous"
            : PartnerAuthorization.truncate(
                certificate.getSubjectX500Principal().getName(),
                PartnerAuthorization.MAX_ACTOR_LENGTH);
    AuditEvent.Builder event =
        AuditEvent.of(AuditAction.PARTNER_CALL, Channel.PARTNER, actor, clock.instant())
            .requestId(
                PartnerAuthorization.truncate(
                    requestId, PartnerAuthorization.MAX_REQUEST_ID_LENGTH))
            .outcome(code.name())
            .detail(AuditDetails.of("reason", PartnerAuthorization.truncate(why, 400)));
    if (certificate != null) {
      event.certificateOf(
          PartnerAuthorization.truncate(
              certificate.getIssuerX500Principal().getName(),
              PartnerAuthorization.MAX_ISSUER_LENGTH),
          certificate.getSerialNumber().toString(16));
    }
    return event.build();
  }
}
