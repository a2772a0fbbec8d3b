package it.cns.enrollment.application.card;

import it.cns.enrollment.application.credentials.TraditionalLoginService;
import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.application.security.Audited;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.AccountRepository;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.card.BindingStatus;
import it.cns.enrollment.domain.card.SmartcardBinding;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CnsCertificate;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Accedi: login with the card, for users who registered it (primo accesso) or enrolled through it
 * (abilitazione). A smartcard login also lifts a password lockout: the card proves more than the
 * password did. Logout is recorded here too.
 */
@Stateless
public class SmartcardLoginService {

  @Inject CertificateIdentityService certificates;
  @Inject AccountRepository accounts;
  @Inject TraditionalLoginService passwords;
  @Inject AuditRecorder audit;
  @Inject CardUse cards;
  @Inject Clock clock;
  @Inject Caller caller;

  @Audited(AuditAction.SMARTCARD_LOGIN)
  public CitizenLogin login(X509Certificate[] tlsChain) {
    IdentifiedCard card = certificates.identify(tlsChain, caller.channel());
    Optional<SmartcardBinding> bound = cards.useBound(card); // refuses a revoked card
    CnsCertificate certificate = card.certificate();
    // The card's binding names its account: read the account by codice fiscale only when it
    // does not, to tell "no account" from "card not bound to it".
    Account account =
        bound
            .map(SmartcardBinding::account)
            .filter(a -> a.codiceFiscale().equals(certificate.codiceFiscale()))
            .or(() -> accounts.findByCodiceFiscale(certificate.codiceFiscale()))
            .orElseThrow(
                () -> new BusinessRefusal(ErrorCode.NOT_ENABLED, "no account for the card"));
    SmartcardBinding binding =
        bound
            .filter(b -> b.account().id().equals(account.id()))
            .orElseThrow(
                () ->
                    new BusinessRefusal(
                        ErrorCode.CARD_NOT_REGISTERED, "card not bound to the account"));
    if (binding.status() != BindingStatus.ACTIVE) {
      throw new BusinessRefusal(
          ErrorCode.CARD_NOT_REGISTERED, "card binding is " + binding.status());
    }
    Instant now = clock.instant();
    binding.recordCertificate(certificate, now);
    passwords.unlockBySmartcard(account);
    audit.recordChange(
        AuditEvent.of(AuditAction.SMARTCARD_LOGIN, caller.channel(), caller.auditName(), now)
            .certificate(certificate)
            .detail(card.auditDetail())
            .build());
    return new CitizenLogin(
        account.codiceFiscale().toString(),
        account.type(),
        account.displayName(),
        CitizenLogin.Method.SMARTCARD);
  }

  /** Records the end of the calling citizen's session (the web layer invalidates it). */
  public void logout() {
    String codiceFiscale =
        caller.actor() instanceof Actor.Citizen citizen
            ? citizen.codiceFiscale().orElse(null)
            : null;
    audit.recordChange(
        AuditEvent.of(AuditAction.LOGOUT, caller.channel(), caller.auditName(), clock.instant())
            .subject(codiceFiscale)
            .build());
  }
}
