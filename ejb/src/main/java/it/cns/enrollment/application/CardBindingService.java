package it.cns.enrollment.application;

import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.AccountRepository;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.card.CardAlreadyBoundException;
import it.cns.enrollment.domain.card.SmartcardBinding;
import it.cns.enrollment.domain.card.SmartcardBindingRepository;
import it.cns.enrollment.domain.error.EnrollmentException;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CertificateRefusedException;
import it.cns.enrollment.domain.identity.CnsCertificate;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Primo accesso: binds a citizen's card to the already-enabled account of the certificate's codice
 * fiscale (an Entratel account's card to site 000). Same use case for the smartcard page and the
 * partner SOAP operation.
 */
@Stateless
public class CardBindingService {

  private static final Logger LOG = Logger.getLogger(CardBindingService.class.getName());

  @Inject CertificateIdentityService certificates;
  @Inject AccountRepository accounts;
  @Inject SmartcardBindingRepository bindings;
  @Inject AuditRecorder audit;
  @Inject Clock clock;

  /** Binds the card whose certificate chain was presented over TLS (smartcard listener). */
  public BindingReceipt bind(X509Certificate[] tlsChain, RequestContext context) {
    return audited(context, () -> certificates.identify(tlsChain, context.channel()));
  }

  /** Binds the card whose certificate a partner sent in the request (DER or PEM). */
  public BindingReceipt bind(byte[] certificate, RequestContext context) {
    return audited(context, () -> certificates.identify(certificate, context.channel()));
  }

  private BindingReceipt audited(RequestContext context, Supplier<IdentifiedCard> identify) {
    CnsCertificate certificate = null;
    try {
      IdentifiedCard card = identify.get();
      certificate = card.certificate();
      return bindIdentified(card, context);
    } catch (EnrollmentException e) {
      refused(context, certificate, e.stableCode(), e.getMessage());
      throw e;
    } catch (CertificateRefusedException e) {
      refused(context, certificate, e.refusal().code(), e.technicalDetail());
      throw e;
    }
  }

  private BindingReceipt bindIdentified(IdentifiedCard card, RequestContext context) {
    CnsCertificate certificate = card.certificate();
    Account account =
        accounts
            .findByCodiceFiscale(certificate.codiceFiscale())
            .orElseThrow(
                () ->
                    new EnrollmentException(
                        ErrorCode.NOT_ENABLED, "no enabled account for the certificate's CF"));
    if (bindings.findByCard(certificate.cardKey()).isPresent()) {
      throw new CardAlreadyBoundException("card " + certificate.cardKey() + " already bound");
    }
    Instant now = clock.instant();
    SmartcardBinding binding = SmartcardBinding.bind(account, certificate, context.channel(), now);
    bindings.add(binding);
    audit.recordChange(
        AuditEvent.of(AuditAction.CARD_BIND, context.channel(), context.actor(), now)
            .certificate(certificate)
            .requestId(context.requestId())
            .detail(detail(binding, card))
            .build());
    LOG.info(
        () ->
            "card bound: account type "
                + account.type()
                + ", card "
                + binding.maskedCardId()
                + ", channel "
                + context.channel());
    return BindingReceipt.of(binding);
  }

  private static String detail(SmartcardBinding binding, IdentifiedCard card) {
    String site = binding.site().map(s -> "site " + s.code()).orElse(null);
    String warnings = card.auditDetail();
    if (site == null || warnings == null) {
      return site == null ? warnings : site;
    }
    return site + "; " + warnings;
  }

  private void refused(
      RequestContext context, CnsCertificate certificate, String code, String detail) {
    audit.recordRefusal(
        AuditEvent.of(AuditAction.CARD_BIND, context.channel(), context.actor(), clock.instant())
            .certificate(certificate)
            .requestId(context.requestId())
            .outcome(code)
            .detail(detail)
            .build());
  }
}
