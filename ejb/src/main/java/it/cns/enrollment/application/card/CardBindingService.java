package it.cns.enrollment.application.card;

import it.cns.enrollment.application.security.Audited;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.AccountRepository;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.card.CardAlreadyBoundException;
import it.cns.enrollment.domain.card.SmartcardBinding;
import it.cns.enrollment.domain.card.SmartcardBindingRepository;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CnsCertificate;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Primo accesso: binds a citizen's card to the already-enabled account of the certificate's codice
 * fiscale (an Entratel account's card to site 000). Same use case for the smartcard page and the
 * partner SOAP operation.
 */
@Stateless
@Audited(AuditAction.CARD_BIND)
public class CardBindingService {

  private static final Logger LOG = Logger.getLogger(CardBindingService.class.getName());

  @Inject CertificateIdentityService certificates;
  @Inject AccountRepository accounts;
  @Inject SmartcardBindingRepository bindings;
  @Inject CardUse cards;
  @Inject Clock clock;
  @Inject Caller caller;

  /** Binds the card whose certificate chain was presented over TLS (smartcard listener). */
  public BindingReceipt bind(X509Certificate[] tlsChain) {
    return bindIdentified(cards.use(certificates.identify(tlsChain, caller.channel())));
  }

  /** Binds a card already identified by the caller (a partner request, after its proof). */
  public BindingReceipt bind(IdentifiedCard card) {
    return bindIdentified(cards.use(card));
  }

  private BindingReceipt bindIdentified(IdentifiedCard card) {
    CnsCertificate certificate = card.certificate();
    Account account =
        accounts
            .findByCodiceFiscale(certificate.codiceFiscale())
            .orElseThrow(
                () ->
                    new BusinessRefusal(
                        ErrorCode.NOT_ENABLED, "no enabled account for the certificate's CF"));
    if (bindings.findByCard(certificate.cardKey()).isPresent()) {
      throw new CardAlreadyBoundException("card " + certificate.cardKey() + " already bound");
    }
    Instant now = clock.instant();
    SmartcardBinding binding = cards.bind(account, card, AuditAction.CARD_BIND, now);
    LOG.info(
        () ->
            "card bound: account type "
                + account.type()
                + ", card "
                + binding.maskedCardId()
                + ", channel "
                + caller.channel());
    return BindingReceipt.of(binding);
  }
}
