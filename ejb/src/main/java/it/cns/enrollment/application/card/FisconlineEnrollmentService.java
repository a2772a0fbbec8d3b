package it.cns.enrollment.application.card;

import it.cns.enrollment.application.security.Audited;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.AccountRepository;
import it.cns.enrollment.domain.account.AccountType;
import it.cns.enrollment.domain.account.AlreadyEnabledException;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.card.CardAlreadyBoundException;
import it.cns.enrollment.domain.card.SmartcardBinding;
import it.cns.enrollment.domain.card.SmartcardBindingRepository;
import it.cns.enrollment.domain.credential.FisconlineCredentials;
import it.cns.enrollment.domain.credential.FisconlineCredentialsRepository;
import it.cns.enrollment.domain.credential.IssuedPin;
import it.cns.enrollment.domain.credential.Password;
import it.cns.enrollment.domain.credential.PasswordPolicy;
import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.identity.CnsCertificate;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Abilitazione tramite smartcard: a person with no enablement presents a valid card and, in one
 * step with no typed data, becomes a Fisconline user with the card bound, a full 10-digit PIN and
 * an initial password (to be changed at the first traditional login), shown once and stored only as
 * Argon2id hashes.
 *
 * <p>Somebody enabled already - to Fisconline, or to Entratel, which excludes Fisconline - is
 * refused with {@code ALREADY_ENABLED}. Of two simultaneous enrollments of one person exactly one
 * wins: the database's unique codice fiscale decides, and the loser gets {@code ALREADY_ENABLED}.
 */
@Stateless
@Audited(AuditAction.FISCONLINE_ENROLLMENT)
public class FisconlineEnrollmentService {

  private static final Logger LOG = Logger.getLogger(FisconlineEnrollmentService.class.getName());

  @Inject CertificateIdentityService certificates;
  @Inject AccountRepository accounts;
  @Inject FisconlineCredentialsRepository credentials;
  @Inject SmartcardBindingRepository bindings;
  @Inject CardUse cards;
  @Inject SecretHasher hasher;
  @Inject PasswordPolicy policy;
  @Inject Clock clock;
  @Inject Caller caller;

  SecureRandom random = new SecureRandom();

  /** Enables the holder of the card whose certificate chain was presented over TLS. */
  public EnrollmentReceipt enroll(X509Certificate[] tlsChain) {
    return enrollIdentified(cards.use(certificates.identify(tlsChain, caller.channel())));
  }

  /** Enables the holder of a card already identified by the caller (a partner request). */
  public EnrollmentReceipt enroll(IdentifiedCard card) {
    return enrollIdentified(cards.use(card));
  }

  private EnrollmentReceipt enrollIdentified(IdentifiedCard card) {
    CnsCertificate certificate = card.certificate();
    accounts
        .findByCodiceFiscale(certificate.codiceFiscale())
        .ifPresent(
            existing -> {
              throw new AlreadyEnabledException(
                  existing.type(), "codice fiscale enabled to " + existing.type());
            });
    if (bindings.findByCard(certificate.cardKey()).isPresent()) {
      // Each read sees what is committed when it runs: a concurrent enrollment of the same person
      // may have committed its account and this card between the look-up above and this one. The
      // person is enabled then, which is the loser's answer (ClusterFailoverIT saw the gap).
      accounts
          .findByCodiceFiscale(certificate.codiceFiscale())
          .ifPresent(
              winner -> {
                throw new AlreadyEnabledException(
                    winner.type(), "codice fiscale enabled concurrently to " + winner.type());
              });
      throw new CardAlreadyBoundException("card " + certificate.cardKey() + " already bound");
    }
    Instant now = clock.instant();
    Account account =
        new Account(
            certificate.codiceFiscale(), AccountType.FISCONLINE, displayName(certificate), now);
    IssuedPin pin = IssuedPin.generate(random);
    Password password = Password.generateInitial(random, policy);
    String[] hashes = hashesOf(pin.chars(), password.chars());
    FisconlineCredentials issued = FisconlineCredentials.issue(account, hashes[0], hashes[1], now);
    accounts.add(account);
    credentials.add(issued); // flushes: a concurrent enrollment of the same person loses here
    SmartcardBinding binding = cards.bind(account, card, AuditAction.FISCONLINE_ENROLLMENT, now);
    LOG.info(
        () ->
            "Fisconline enrollment: card "
                + binding.maskedCardId()
                + " bound, channel "
                + caller.channel());
    return new EnrollmentReceipt(
        account.codiceFiscale().toString(),
        account.displayName(),
        pin,
        password,
        now,
        BindingReceipt.of(binding));
  }

  /** Both at once when the hasher has an idle core: each is an Argon2id hash of tens of ms. */
  private String[] hashesOf(char[] pin, char[] password) {
    try {
      return hasher.hashEach(pin, password);
    } finally {
      Arrays.fill(pin, '\0');
      Arrays.fill(password, '\0');
    }
  }

  /** Given name and surname from the certificate, as written there; null when it has neither. */
  static String displayName(CnsCertificate certificate) {
    String name =
        Stream.of(certificate.givenName(), certificate.surname())
            .flatMap(Optional::stream)
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.joining(" "));
    return name.isEmpty() ? null : name;
  }
}
