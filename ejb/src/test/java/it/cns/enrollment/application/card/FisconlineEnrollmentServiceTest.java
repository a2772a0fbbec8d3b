package it.cns.enrollment.application.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.application.counter.ActivationFakes;
import it.cns.enrollment.application.credentials.CredentialsWiring;
import it.cns.enrollment.application.credentials.LoginOutcome;
import it.cns.enrollment.application.credentials.TraditionalLoginService;
import it.cns.enrollment.application.security.AuditedCalls;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.Callers;
import it.cns.enrollment.application.security.CredentialFakes;
import it.cns.enrollment.application.security.SecretAttempts;
import it.cns.enrollment.application.security.SecurityWiring;
import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.AccountRepository;
import it.cns.enrollment.domain.account.AccountStanding;
import it.cns.enrollment.domain.account.AccountType;
import it.cns.enrollment.domain.account.AlreadyEnabledException;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.card.SmartcardBinding;
import it.cns.enrollment.domain.card.SmartcardBindingRepository;
import it.cns.enrollment.domain.credential.FisconlineCredentials;
import it.cns.enrollment.domain.credential.PasswordPolicy;
import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.credential.TestHashers;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CardId;
import it.cns.enrollment.domain.identity.CardKey;
import it.cns.enrollment.domain.identity.CnsCertificate;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.testing.MovableClock;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FisconlineEnrollmentServiceTest {

  private static final CodiceFiscale NEW_CF = CodiceFiscale.parse("VRDGPP85M41F205X");
  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  /** The smartcard page's caller: a citizen presenting a card not yet validated. */
  private static final Caller CARD = Callers.as(Actor.Citizen.presentingCard(), Channel.SMARTCARD);

  private static final X509Certificate[] CHAIN = new X509Certificate[0];

  private CredentialFakes.Accounts accounts;
  private CredentialFakes.Credentials credentials;
  private CredentialFakes.Bindings bindings;
  private CredentialFakes.Audit audit;
  private SecretHasher hasher;
  private FisconlineEnrollmentService service;

  /** Identifies every chain as the given certificate, as the real service would a valid card. */
  private static final class FixedIdentity extends CertificateIdentityService {
    private final CnsCertificate certificate;

    FixedIdentity(CnsCertificate certificate) {
      this.certificate = certificate;
    }

    @Override
    public IdentifiedCard identify(X509Certificate[] chain, Channel channel) {
      return new IdentifiedCard(certificate, List.of());
    }
  }

  private static CnsCertificate card(CodiceFiscale cf) {
    return CnsCertificate.builder()
        .codiceFiscale(cf)
        .cardId(CardId.parse("6120016461039008"))
        .commonName(cf + "/6120016461039008.abc/def+=")
        .givenName("GIUSEPPINA")
        .surname("VERDI")
        .subjectDn("CN=" + cf)
        .issuerDn("CN=Regione Test - CA Cittadini,O=Regione Test,C=IT")
        .serialNumber(new BigInteger("0a1b", 16))
        .notBefore(NOW.minus(1, ChronoUnit.DAYS))
        .notAfter(NOW.plus(365, ChronoUnit.DAYS))
        .policyOids(List.of("1.3.76.16.2.1"))
        .sha256Fingerprint("b".repeat(64))
        .build();
  }

  @BeforeEach
  void wire() {
    accounts = new CredentialFakes.Accounts();
    credentials = new CredentialFakes.Credentials();
    bindings = new CredentialFakes.Bindings();
    audit = new CredentialFakes.Audit();
    hasher = TestHashers.fast();
    service = new FisconlineEnrollmentService();
    service.certificates = new FixedIdentity(card(NEW_CF));
    service.accounts = accounts;
    service.credentials = credentials;
    service.bindings = bindings;
    service.cards = CardUses.of(bindings, new ActivationFakes.Activations(), audit, CARD);
    service.caller = CARD;
    service.hasher = hasher;
    service.policy = PasswordPolicy.standard();
    service.clock = new MovableClock(NOW);
  }

  /** As the container calls it: refusals audited by the interceptor. */
  private EnrollmentReceipt enroll() {
    return new AuditedCalls(audit, CARD).call(service, "enroll", (Object) CHAIN);
  }

  @Test
  void enablesAPersonWithNoEnablementInOneStep() {
    EnrollmentReceipt receipt = enroll();

    assertThat(receipt.codiceFiscale()).isEqualTo("VRDGPP85M41F205X");
    assertThat(receipt.displayName()).isEqualTo("GIUSEPPINA VERDI");
    assertThat(receipt.enabledAt()).isEqualTo(NOW);
    assertThat(receipt.pin().reveal()).matches("[0-9]{10}");
    assertThat(PasswordPolicy.standard().formatViolation(receipt.password())).isEmpty();

    Account account = accounts.byCf.get(NEW_CF);
    assertThat(account.type()).isEqualTo(AccountType.FISCONLINE);
    assertThat(account.displayName()).isEqualTo("GIUSEPPINA VERDI");
    FisconlineCredentials c = credentials.byCf.get(NEW_CF);
    assertThat(c.mustChangePassword()).isTrue();
    assertThat(hasher.verify(receipt.pin().chars(), c.pinHash())).isTrue();
    assertThat(hasher.verify(receipt.password().chars(), c.passwordHash())).isTrue();
    assertThat(c.pinHash()).doesNotContain(receipt.pin().reveal());
    assertThat(bindings.all)
        .singleElement()
        .satisfies(
            (SmartcardBinding b) -> {
              assertThat(b.account()).isSameAs(account);
              assertThat(b.site()).isEmpty();
              assertThat(b.channel()).isEqualTo(Channel.SMARTCARD);
            });
  }

  @Test
  void bothSecretsAreHashedAtOnceWhenTheHasherHasRoomAndBothHashesAreStored() {
    java.util.concurrent.atomic.AtomicInteger helped =
        new java.util.concurrent.atomic.AtomicInteger();
    it.cns.enrollment.infrastructure.security.Argon2idHasher parallel =
        new it.cns.enrollment.infrastructure.security.Argon2idHasher(64, 1, 1, 2);
    parallel.hashInParallelOn(
        task -> {
          helped.incrementAndGet();
          new Thread(task, "hash-helper").start();
        });
    service.hasher = parallel;

    EnrollmentReceipt receipt = enroll();

    assertThat(helped).as("the second hash ran on a helper").hasValue(1);
    FisconlineCredentials c = credentials.byCf.get(NEW_CF);
    assertThat(parallel.verify(receipt.pin().chars(), c.pinHash())).isTrue();
    assertThat(parallel.verify(receipt.password().chars(), c.passwordHash())).isTrue();
    assertThat(parallel.verify(receipt.password().chars(), c.pinHash())).isFalse();
  }

  @Test
  void theEnrollmentIsAuditedWithoutASecret() {
    EnrollmentReceipt receipt = enroll();

    assertThat(audit.changes)
        .singleElement()
        .satisfies(
            (AuditEvent e) -> {
              assertThat(e.action()).isEqualTo(AuditAction.FISCONLINE_ENROLLMENT);
              assertThat(e.outcome()).isEqualTo(AuditEvent.OUTCOME_OK);
              assertThat(e.subjectCf()).isEqualTo("VRDGPP85M41F205X");
              assertThat(e.certificateSerial()).isEqualTo("a1b");
              assertThat(CredentialFakes.everything(e))
                  .doesNotContain(receipt.pin().reveal())
                  .doesNotContain(receipt.password().reveal());
            });
  }

  @Test
  void theReceiptNeverShowsTheSecretsInToString() {
    EnrollmentReceipt receipt = enroll();

    assertThat(receipt.toString())
        .contains("VRDGPP85M41F205X")
        .doesNotContain(receipt.pin().reveal())
        .doesNotContain(receipt.password().reveal());
  }

  @Test
  void aFisconlineUserCannotEnrollAgainAndIsToldWhatToDo() {
    accounts.add(new Account(NEW_CF, AccountType.FISCONLINE, null, NOW));

    assertThatThrownBy(() -> enroll())
        .isInstanceOfSatisfying(
            AlreadyEnabledException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.ALREADY_ENABLED);
              assertThat(e.existing()).contains(AccountType.FISCONLINE);
              assertThat(Messages.ITALIAN.of(e))
                  .contains("Fisconline")
                  .contains("Primo accesso")
                  .contains("Accedi");
              assertThat(Messages.ENGLISH.of(e)).contains("First access");
            });
    assertThat(credentials.byCf).isEmpty();
    assertThat(bindings.all).isEmpty();
    assertThat(audit.refusals)
        .singleElement()
        .satisfies(e -> assertThat(e.outcome()).isEqualTo("ALREADY_ENABLED"));
  }

  @Test
  void anEntratelUserCannotAlsoBecomeAFisconlineUser() {
    accounts.add(new Account(NEW_CF, AccountType.ENTRATEL, null, NOW));

    assertThatThrownBy(() -> enroll())
        .isInstanceOfSatisfying(
            AlreadyEnabledException.class,
            e -> {
              assertThat(e.existing()).contains(AccountType.ENTRATEL);
              assertThat(Messages.ITALIAN.of(e))
                  .contains("Entratel")
                  .contains("non pu\u00f2 essere abilitato anche a Fisconline")
                  .contains("Primo accesso");
              assertThat(Messages.ENGLISH.of(e)).contains("cannot also be enabled");
            });
  }

  @Test
  void theLoserOfTwoSimultaneousEnrollmentsIsToldTheCodiceFiscaleIsAlreadyEnabled() {
    credentials.concurrentEnrollmentWins = true; // the database's unique constraint refuses

    assertThatThrownBy(() -> enroll())
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.ALREADY_ENABLED);
              assertThat(Messages.ITALIAN.of(e))
                  .isEqualTo(Messages.ITALIAN.of(ErrorCode.ALREADY_ENABLED));
            });
    assertThat(bindings.all).isEmpty();
    assertThat(audit.changes).isEmpty();
    assertThat(audit.refusals)
        .singleElement()
        .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.FISCONLINE_ENROLLMENT));
  }

  /**
   * The other order of the same race: the winner commits the account and the card between the
   * loser's look-up of the person and its look-up of the card. The loser is told the person is
   * enabled, as in the race above, not that the card is bound.
   */
  @Test
  void theLoserWhoseLookUpsStraddleTheWinnersCommitIsAlsoToldItIsAlreadyEnabled() {
    Account winner = new Account(NEW_CF, AccountType.FISCONLINE, "GIUSEPPINA VERDI", NOW);
    SmartcardBinding winners = SmartcardBinding.bind(winner, card(NEW_CF), Channel.PARTNER, NOW);
    service.bindings =
        new SmartcardBindingRepository() {
          @Override
          public Optional<SmartcardBinding> findByCard(CardKey card) {
            return Optional.of(winners);
          }

          @Override
          public List<SmartcardBinding> findByAccount(Account account) {
            return List.of(winners);
          }

          @Override
          public List<SmartcardBinding> findByCardNumber(CardId cardId) {
            return List.of(winners);
          }

          @Override
          public void add(SmartcardBinding binding) {
            throw new AssertionError("the loser binds nothing");
          }

          @Override
          public void remove(SmartcardBinding binding) {
            throw new AssertionError("the loser removes nothing");
          }
        };
    // The first look-up ran before the winner committed; every later one sees its account.
    java.util.concurrent.atomic.AtomicInteger lookUps =
        new java.util.concurrent.atomic.AtomicInteger();
    service.accounts =
        new AccountRepository() {
          @Override
          public Optional<Account> findByCodiceFiscale(CodiceFiscale cf) {
            return lookUps.getAndIncrement() == 0 ? Optional.empty() : Optional.of(winner);
          }

          @Override
          public Optional<AccountStanding> standingOf(CodiceFiscale cf) {
            throw new UnsupportedOperationException();
          }

          @Override
          public void add(Account account) {
            throw new AssertionError("the loser adds no account");
          }

          @Override
          public boolean addIfAbsent(Account account) {
            throw new AssertionError("the loser adds no account");
          }
        };

    assertThatThrownBy(() -> enroll())
        .isInstanceOfSatisfying(
            BusinessRefusal.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ALREADY_ENABLED));
    assertThat(credentials.byCf).isEmpty();
  }

  @Test
  void theEnrolledUserCanLogInWithTheIssuedSecretsAndMustChangeThePassword() {
    EnrollmentReceipt receipt = enroll();
    MovableClock clock = new MovableClock(NOW);
    TraditionalLoginService logins =
        CredentialsWiring.traditionalLogin(
            SecurityWiring.secretAttempts(audit, clock),
            accounts,
            credentials,
            audit,
            hasher,
            PasswordPolicy.standard(),
            clock,
            CARD);

    SecretAttempts.Verdict<LoginOutcome> result =
        CredentialsWiring.attemptLogin(
            logins, receipt.codiceFiscale(), receipt.password().chars(), receipt.pin().chars());

    assertThat(result.isAccepted()).isTrue();
    assertThat(result.value().mustChangePassword()).isTrue();
  }

  @Test
  void theDisplayNameComesFromGivenNameAndSurname() {
    assertThat(FisconlineEnrollmentService.displayName(card(NEW_CF))).isEqualTo("GIUSEPPINA VERDI");
  }
}
