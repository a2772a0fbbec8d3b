package it.cns.enrollment.application;

import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.identity.CertificateRefusal;
import it.cns.enrollment.domain.identity.CertificateRefusedException;
import it.cns.enrollment.infrastructure.pki.CnsCertificateParser;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

/**
 * The partner channel's card operations: nothing is enrolled or bound before the card has proven it
 * is present (it signed this partner's single-use challenge); then the same use cases as the
 * citizen's pages run, under the partner's name and request id.
 */
@Stateless
public class PartnerCardService {

  @Inject CertificateIdentityService certificates;
  @Inject CardChallengeService challenges;
  @Inject AuditRecorder audit;
  @Inject CardBindingService bindings;
  @Inject FisconlineEnrollmentService enrollments;

  /** Primo accesso through a partner. */
  public BindingReceipt bind(AuthorisedPartner partner, String requestId, CardPresence card) {
    proven(partner, requestId, card, AuditAction.CARD_BIND);
    return bindings.bind(card.certificate(), context(partner, requestId));
  }

  /** Abilitazione through a partner: the receipt holds the PIN and password, to be shown once. */
  public EnrollmentReceipt enroll(AuthorisedPartner partner, String requestId, CardPresence card) {
    X509Certificate certificate =
        proven(partner, requestId, card, AuditAction.FISCONLINE_ENROLLMENT);
    return enrollments.enroll(new X509Certificate[] {certificate}, context(partner, requestId));
  }

  /**
   * The card's certificate is judged first (its refusal is the most useful answer: expired,
   * revoked...), then the proof that the card signed this partner's challenge.
   */
  private X509Certificate proven(
      AuthorisedPartner partner, String requestId, CardPresence card, AuditAction action) {
    try {
      X509Certificate certificate = x509(card.certificate());
      certificates.identify(card.certificate(), Channel.PARTNER);
      challenges.verifyAndConsume(
          partner, card.challengeId(), card.proof(), certificate, requestId);
      return certificate;
    } catch (CertificateRefusedException e) {
      audit.recordRefusal(action, context(partner, requestId), null, e);
      throw e;
    }
  }

  private static RequestContext context(AuthorisedPartner partner, String requestId) {
    return new RequestContext(Channel.PARTNER, partner.actor(), requestId);
  }

  private static X509Certificate x509(byte[] der) {
    if (der.length > CnsCertificateParser.MAX_INPUT_BYTES) {
      throw new CertificateRefusedException(CertificateRefusal.MALFORMED, "certificate too large");
    }
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(der));
    } catch (CertificateException | RuntimeException e) {
      throw new CertificateRefusedException(
          CertificateRefusal.MALFORMED, "not an X.509 certificate");
    }
  }
}
