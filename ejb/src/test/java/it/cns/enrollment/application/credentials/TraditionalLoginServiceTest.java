package it.cns.enrollment.application.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.application.counter.ActivationFakes;
import it.cns.enrollment.application.security.AuditedCalls;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.Callers;
import it.cns.enrollment.application.security.CredentialFakes;
import it.cns.enrollment.application.security.LoginThrottle;
import it.cns.enrollment.application.security.SecretAttempts;
import it.cns.enrollment.application.security.SecurityWiring;
import it.cns.enrollment.application.security.ThrottleFakes;
import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.AccountType;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.credential.FisconlineCredentials;
import it.cns.enrollment.domain.credential.PasswordPolicy;
import it.cns.enrollment.domain.credential.PasswordPolicyException;
import it.cns.enrollment.domain.credential.PasswordRule;
import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.credential.TestHashers;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.error.TooManyAttemptsException;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.domain.throttle.LoginThrottling;
import it.cns.enrollment.infrastructure.security.Argon2idHasher;
import it.cns.enrollment.testing.MovableClock;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TraditionalLoginServiceTest {

  private static final String CF = "MSRNTN77H15C351X";
  private static final String ENTRATEL_CF = "RSSMRA80A01H501U";
  private static final String UNKNOWN_CF = "VRDGPP85M41F205X";
  private static final String PIN = "0123456789";
  private static final String PASSWORD = "Iniziale12!";
  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  /** The login page's caller: the citizen by the code typed. */
  private static final Caller WEB = Callers.as(Actor.Citizen.claiming(CF), Channel.PUBLIC);

  /** The smartcard pages' caller. */
  private static final Caller CARD = Callers.as(Actor.Citizen.presentingCard(), Channel.SMARTCARD);

  private CredentialFakes.Accounts accounts;
  private CredentialFakes.Credentials credentials;
  private CredentialFakes.Audit audit;
  private MovableClock clock;
  private SecretAttempts attempts;
  private ActivationFakes.Intranet intranet;
  private TraditionalLoginService service;
  private ThrottleFakes.Table throttles;
  private LoginThrottle throttle;
  private RecordingLockNotice notices;

  @BeforeEach
  void wire() {
    wire(TestHashers.fast());
  }

  private void wire(SecretHasher hasher) {
    accounts = new CredentialFakes.Accounts();
    credentials = new CredentialFakes.Credentials();
    audit = new CredentialFakes.Audit();
    clock = new MovableClock(NOW);
    throttles = new ThrottleFakes.Table();
    throttle = SecurityWiring.loginThrottle(throttles, ThrottleFakes.GENEROUS);
    notices = new RecordingLockNotice();
    attempts = SecurityWiring.secretAttempts(audit, clock, throttle);
    service = new TraditionalLoginService();
    service.attempts = attempts;
    service.accounts = accounts;
    service.credentials = credentials;
    service.audit = audit;
    service.hasher = hasher;
    service.policy = PasswordPolicy.standard();
    service.clock = clock;
    service.throttle = throttle;
    service.lockNotice = notices;
    intranet = new ActivationFakes.Intranet(hasher, audit, clock);
    as(WEB);
    Account fisconline =
        new Account(CodiceFiscale.parse(CF), AccountType.FISCONLINE, "ANTONIO MESSINA", NOW);
    accounts.add(fisconline);
    credentials.add(
        FisconlineCredentials.issue(
            fisconline, hasher.hash(PIN.toCharArray()), hasher.hash(PASSWORD.toCharArray()), NOW));
    accounts.add(
        new Account(CodiceFiscale.parse(ENTRATEL_CF), AccountType.ENTRATEL, "MARIO ROSSI", NOW));
  }

  /** The service throttled under {@code throttling} (the tests of other rules never are). */
  private void throttleWith(LoginThrottling throttling) {
    throttle = SecurityWiring.loginThrottle(throttles, throttling);
    attempts = SecurityWiring.secretAttempts(audit, clock, throttle);
    service.throttle = throttle;
    service.attempts = attempts;
  }

  private FisconlineCredentials stored() {
    return credentials.byCf.get(CodiceFiscale.parse(CF));
  }

  /** Who asks, for the calls that follow (as an edge fills it). */
  private AuditedCalls as(Caller caller) {
    service.caller = caller;
    return new AuditedCalls(audit, caller, intranet.authorization);
  }

  private LoginOutcome login(String cf, String password, String pin) {
    as(WEB);
    return service.login(cf, password.toCharArray(), pin.toCharArray());
  }

  /** As the container calls it: refusals audited by the interceptor. */
  private void changePassword(String cf, char[] current, char[] next) {
    as(WEB).call(service, "changePassword", cf, current, next);
  }

  private void unlockBySmartcard(String cf) {
    as(CARD);
    service.unlockBySmartcard(cf);
  }

  private void unlockByOffice(String cf, String username) {
    as(intranet.as(username)).call(service, "unlockByOffice", cf);
  }

  private ErrorCode refusal(String cf, String password, String pin) {
    try {
      login(cf, password, pin);
    } catch (BusinessRefusal e) {
      return e.code();
    }
    throw new AssertionError("login accepted");
  }

  @Test
  void acceptsTheRightPasswordAndPinAndAsksForAChangeAtTheFirstLogin() {
    LoginOutcome outcome = login(" msrntn77h15c351x ", PASSWORD, PIN);

    assertThat(outcome.codiceFiscale()).isEqualTo(CF);
    assertThat(outcome.displayName()).isEqualTo("ANTONIO MESSINA");
    assertThat(outcome.mustChangePassword()).isTrue();
    assertThat(outcome.passwordExpiresAt()).isEqualTo(NOW.plus(Duration.ofDays(90)));
    assertThat(audit.changes)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.PASSWORD_LOGIN);
              assertThat(e.outcome()).isEqualTo(AuditEvent.OUTCOME_OK);
              assertThat(e.subjectCf()).isEqualTo(CF);
            });
  }

  @Test
  void aWrongPasswordAndAWrongPinGetTheSameAnswer() {
    assertThatThrownBy(() -> login(CF, "Sbagliata1!", PIN))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            wrongPassword ->
                assertThatThrownBy(() -> login(CF, PASSWORD, "0123456780"))
                    .isInstanceOfSatisfying(
                        BusinessRefusal.class,
                        wrongPin -> {
                          assertThat(wrongPin.code())
                              .isEqualTo(wrongPassword.code())
                              .isEqualTo(ErrorCode.INVALID_CREDENTIALS);
                          assertThat(wrongPin.getMessage()).isEqualTo(wrongPassword.getMessage());
                          assertThat(Messages.ITALIAN.of(wrongPin))
                              .isEqualTo(Messages.ITALIAN.of(wrongPassword))
                              .contains("password o PIN");
                        }));
  }

  @Test
  void anUnknownOrMalformedCodiceFiscaleOrAnEntratelUserGetsTheSameAnswerAsAWrongPassword() {
    assertThat(refusal(UNKNOWN_CF, PASSWORD, PIN)).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
    assertThat(refusal("MSRNTN77H15C351Y", PASSWORD, PIN)).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
    assertThat(refusal("", PASSWORD, PIN)).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
    assertThat(refusal(ENTRATEL_CF, PASSWORD, PIN)).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
    assertThatThrownBy(() -> service.login(null, null, null))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CREDENTIALS));
    assertThat(stored().lock().failedAttempts()).isZero();
  }

  @Test
  void aRefusedAttemptIsCountedInTheHelpersOwnTransactionWhichReturnsInsteadOfThrowing() {
    // The helper returns normally, so its REQUIRES_NEW transaction commits the count and the
    // audit event; only then does the service throw the refusal (rolling back its own, empty one).
    SecretAttempts.Verdict<LoginOutcome> result =
        service.attemptLogin(CF, "Sbagliata1!".toCharArray(), PIN.toCharArray());

    assertThat(result.refusal()).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
    assertThat(result.value()).isNull();
    assertThat(stored().lock().failedAttempts()).isEqualTo(1);
    assertThat(credentials.lockedReads).isEqualTo(1);
    assertThat(audit.changes)
        .singleElement()
        .satisfies(e -> assertThat(e.outcome()).isEqualTo("INVALID_CREDENTIALS"));
  }

  @Test
  void theCountingRunsInATransactionOfItsOwnAndTheLoginInNone() throws Exception {
    // The login and the change's check of the current password count through SecretAttempts,
    // whose attempt runs in a transaction of its own (SecretAttemptsTest).
    assertThat(
            TraditionalLoginService.class
                .getMethod("login", String.class, char[].class, char[].class)
                .getAnnotation(TransactionAttribute.class)
                .value())
        .isEqualTo(TransactionAttributeType.NOT_SUPPORTED);
    assertThat(
            TraditionalLoginService.class
                .getDeclaredField("attempts")
                .isAnnotationPresent(jakarta.inject.Inject.class))
        .as("called through the container, so that REQUIRES_NEW applies")
        .isTrue();
  }

  @Test
  void theEighthWrongAttemptLocksAndThenEvenTheRightSecretsAreRefusedAsWrong() {
    for (int i = 1; i <= 7; i++) {
      assertThat(refusal(CF, "Sbagliata1!", PIN)).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
    }
    assertThat(notices.told).isEmpty();
    assertThat(refusal(CF, PASSWORD, "9999999999")).isEqualTo(ErrorCode.INVALID_CREDENTIALS);

    assertThat(stored().isLocked()).isTrue();
    assertThat(notices.told).as("the holder is told, once").containsExactly(CF + "@" + NOW);
    assertThat(refusal(CF, PASSWORD, PIN))
        .as("locked: the same answer as an unknown codice fiscale")
        .isEqualTo(ErrorCode.INVALID_CREDENTIALS)
        .isEqualTo(refusal(UNKNOWN_CF, PASSWORD, PIN));
    assertThat(notices.told).hasSize(1);
    assertThat(audit.changes).hasSize(10);
    assertThat(audit.changes.get(7).detail()).contains("wrongInARow=8; limit=8; locking=");
    assertThat(audit.changes.get(7).outcome()).isEqualTo("ACCOUNT_LOCKED");
    assertThat(audit.changes.get(8).outcome()).isEqualTo("ACCOUNT_LOCKED");
    assertThat(Messages.ITALIAN.of(ErrorCode.INVALID_CREDENTIALS))
        .contains("bloccato")
        .contains("smartcard")
        .contains("ufficio");
  }

  @Test
  void delayedAttemptsAreRefusedAtOnceAlikeForKnownAndUnknownCodes() {
    throttleWith(new LoginThrottling(ThrottleFakes.policy(2), ThrottleFakes.policy(1000)));
    WEB.arrivedFrom("192.0.2.7");
    for (String cf : List.of(CF, UNKNOWN_CF)) {
      assertThat(refusal(cf, "Sbagliata1!", PIN)).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
      assertThat(refusal(cf, "Sbagliata1!", PIN)).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
      // The third wrong one is heard, and delays the next by the first delay.
      assertThat(refusal(cf, "Sbagliata1!", PIN)).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
    }
    int audited = audit.changes.size();
    int counted = stored().lock().failedAttempts();
    for (String cf : List.of(CF, UNKNOWN_CF)) {
      assertThatThrownBy(() -> login(cf, PASSWORD, PIN))
          .isInstanceOfSatisfying(
              TooManyAttemptsException.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(5));
    }
    assertThat(audit.changes).as("not heard: nothing audited").hasSize(audited);
    assertThat(stored().lock().failedAttempts()).as("nor counted").isEqualTo(counted);
    assertThat(Messages.ITALIAN.of(new TooManyAttemptsException(5)))
        .contains("Riprovi tra 5 secondi");

    clock.advance(Duration.ofSeconds(5));
    assertThat(login(CF, PASSWORD, PIN).codiceFiscale()).isEqualTo(CF);
    assertThat(throttles.rows.keySet())
        .as("a right login clears the account's count, not the address's")
        .contains("address:192.0.2.7")
        .hasSize(2)
        .noneMatch(k -> k.contains(CF) || k.contains(UNKNOWN_CF));
  }

  @Test
  void anUnlockEndsTheAccountsDelays() {
    throttleWith(new LoginThrottling(ThrottleFakes.policy(0), ThrottleFakes.policy(1000)));
    assertThat(refusal(CF, "Sbagliata1!", PIN)).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
    assertThatThrownBy(() -> login(CF, PASSWORD, PIN)).isInstanceOf(TooManyAttemptsException.class);
    unlockBySmartcard(CF);
    assertThat(login(CF, PASSWORD, PIN).codiceFiscale()).isEqualTo(CF);
  }

  @Test
  void aCorrectLoginResetsTheCount() {
    for (int i = 1; i <= 7; i++) {
      refusal(CF, "Sbagliata1!", PIN);
    }
    login(CF, PASSWORD, PIN);
    assertThat(stored().lock().failedAttempts()).isZero();

    for (int i = 1; i <= 7; i++) {
      assertThat(refusal(CF, "Sbagliata1!", PIN)).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
    }
    assertThat(stored().isLocked()).isFalse();
  }

  @Test
  void aPasswordNinetyDaysOldMustBeChanged() {
    changePassword(CF, PASSWORD.toCharArray(), "Nuova12345".toCharArray());
    assertThat(login(CF, "Nuova12345", PIN).mustChangePassword()).isFalse();

    clock.advance(Duration.ofDays(90).minusSeconds(1));
    assertThat(login(CF, "Nuova12345", PIN).mustChangePassword()).isFalse();

    clock.advance(Duration.ofSeconds(1));
    LoginOutcome expired = login(CF, "Nuova12345", PIN);
    assertThat(expired.mustChangePassword()).isTrue();
    assertThat(expired.passwordExpiresAt()).isEqualTo(NOW.plus(Duration.ofDays(90)));
  }

  @Test
  void changesThePasswordKeepingThePreviousOne() {
    String initialHash = stored().passwordHash();
    clock.advance(Duration.ofMinutes(5));

    changePassword(CF, PASSWORD.toCharArray(), "Nuova12345".toCharArray());

    FisconlineCredentials c = stored();
    assertThat(c.previousPasswordHash()).isEqualTo(initialHash);
    assertThat(c.passwordChangedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    assertThat(c.mustChangePassword()).isFalse();
    assertThat(service.hasher.verify("Nuova12345".toCharArray(), c.passwordHash())).isTrue();
    assertThat(audit.changes)
        .singleElement()
        .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.PASSWORD_CHANGE));
    assertThatCode(() -> login(CF, "Nuova12345", PIN)).doesNotThrowAnyException();
    assertThat(refusal(CF, PASSWORD, PIN)).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
  }

  @Test
  void theNewPasswordMustDifferFromTheCurrentAndThePreviousOne() {
    assertThat(policyRefusal(PASSWORD, PASSWORD)).isEqualTo(PasswordRule.REUSED);

    changePassword(CF, PASSWORD.toCharArray(), "Seconda123".toCharArray());
    assertThat(policyRefusal("Seconda123", PASSWORD)).isEqualTo(PasswordRule.REUSED);
    assertThat(policyRefusal("Seconda123", "Seconda123")).isEqualTo(PasswordRule.REUSED);

    changePassword(CF, "Seconda123".toCharArray(), "Terza12345".toCharArray());
    // Two changes later the initial password is neither current nor previous any more.
    assertThatCode(() -> changePassword(CF, "Terza12345".toCharArray(), PASSWORD.toCharArray()))
        .doesNotThrowAnyException();
  }

  @Test
  void aNewPasswordBreakingARuleIsRefusedAndAuditedAndNothingChanges() {
    String before = stored().passwordHash();

    assertThat(policyRefusal(PASSWORD, "corta1")).isEqualTo(PasswordRule.TOO_SHORT);
    assertThat(policyRefusal(PASSWORD, "perch\u00e912345"))
        .isEqualTo(PasswordRule.CHARACTER_NOT_ALLOWED);

    assertThat(stored().passwordHash()).isEqualTo(before);
    assertThat(stored().mustChangePassword()).isTrue();
    assertThat(stored().lock().failedAttempts()).isZero();
    assertThat(audit.refusals)
        .hasSize(2)
        .allSatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.PASSWORD_CHANGE);
              assertThat(e.outcome()).isEqualTo("PASSWORD_POLICY");
            });
  }

  @Test
  void aWrongCurrentPasswordCountsAsAFailedAttemptAndARightOneDoesNotResetTheCount() {
    assertThatThrownBy(
            () -> changePassword(CF, "Sbagliata1!".toCharArray(), "Nuova12345".toCharArray()))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CREDENTIALS));
    assertThat(stored().lock().failedAttempts()).isEqualTo(1);

    changePassword(CF, PASSWORD.toCharArray(), "Nuova12345".toCharArray());
    // The PIN was not proven, so the count stays.
    assertThat(stored().lock().failedAttempts()).isEqualTo(1);
  }

  @Test
  void lockedCredentialsCannotBeChangedEvenWithTheRightPassword() {
    for (int i = 1; i <= 8; i++) {
      refusal(CF, "Sbagliata1!", PIN);
    }

    assertThatThrownBy(() -> changePassword(CF, PASSWORD.toCharArray(), "Nuova12345".toCharArray()))
        .isInstanceOfSatisfying(
            BusinessRefusal.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCOUNT_LOCKED));
  }

  @Test
  void aSmartcardLoginUnlocksAndTheUnlockIsAudited() {
    for (int i = 1; i <= 8; i++) {
      refusal(CF, "Sbagliata1!", PIN);
    }
    audit.changes.clear();

    unlockBySmartcard(CF);

    assertThat(stored().isLocked()).isFalse();
    assertThat(stored().lock().failedAttempts()).isZero();
    assertThat(audit.changes)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.CREDENTIALS_UNLOCK);
              assertThat(e.subjectCf()).isEqualTo(CF);
              assertThat(e.channel()).isEqualTo(Channel.SMARTCARD);
            });
    assertThatCode(() -> login(CF, PASSWORD, PIN)).doesNotThrowAnyException();
  }

  @Test
  void aSmartcardLoginLocksTheCredentialsRowOnlyWhenThereIsSomethingToClear() {
    int before = credentials.lockedReads;
    unlockBySmartcard(CF);
    assertThat(credentials.lockedReads).isEqualTo(before);

    refusal(CF, "Sbagliata1!", PIN);
    int afterRefusal = credentials.lockedReads;
    unlockBySmartcard(CF);
    assertThat(credentials.lockedReads).isEqualTo(afterRefusal + 1);
    assertThat(stored().lock().failedAttempts()).isZero();
  }

  private static final String SUPERVISOR = "sup.carla";
  private static final String OPERATOR = "op.anna";

  private void lockOut() {
    for (int i = 0; i < FisconlineCredentials.MAX_FAILED_ATTEMPTS; i++) {
      refusal(CF, "Sbagliata1!", PIN);
    }
    assertThat(stored().isLocked()).isTrue();
    audit.changes.clear();
    audit.refusals.clear();
  }

  @Test
  void aSupervisorUnlocksAtTheOfficeAndTheRightSecretsWorkAgain() {
    lockOut();

    unlockByOffice(" msrntn77h15c351x ", SUPERVISOR);

    assertThat(stored().isLocked()).isFalse();
    assertThat(stored().lock().failedAttempts()).isZero();
    assertThat(audit.changes)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.CREDENTIALS_UNLOCK);
              assertThat(e.actor()).isEqualTo("supervisor:sup.carla");
              assertThat(e.subjectCf()).isEqualTo(CF);
              assertThat(e.detail())
                  .isEqualTo(
                      "unlockedBy=office; lockedSince="
                          + NOW
                          + "; wasLocked=true; wrongAttemptsCleared="
                          + FisconlineCredentials.MAX_FAILED_ATTEMPTS);
            });
    assertThatCode(() -> login(CF, PASSWORD, PIN)).doesNotThrowAnyException();
  }

  @Test
  void anOperatorMayNotUnlockAndNothingChanges() {
    lockOut();

    assertThatThrownBy(() -> unlockByOffice(CF, OPERATOR))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.OPERATOR_NOT_PERMITTED));

    assertThat(stored().isLocked()).isTrue();
    assertThat(audit.changes).isEmpty();
    assertThat(audit.refusals)
        .singleElement()
        .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.CREDENTIALS_UNLOCK));
  }

  @Test
  void anOfficeUnlockNeedsFisconlineCredentialsAndAWellFormedCodiceFiscale() {
    for (String cf : new String[] {ENTRATEL_CF, UNKNOWN_CF}) {
      assertThatThrownBy(() -> unlockByOffice(cf, SUPERVISOR))
          .isInstanceOfSatisfying(
              BusinessRefusal.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_ENABLED));
    }
    assertThatThrownBy(() -> unlockByOffice("NOT-A-CF", SUPERVISOR))
        .isInstanceOfSatisfying(
            BusinessRefusal.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));

    assertThat(audit.changes).isEmpty();
    assertThat(audit.refusals)
        .extracting(AuditEvent::outcome)
        .containsExactly("NOT_ENABLED", "NOT_ENABLED", "INVALID_REQUEST");
    // What was typed in place of a codice fiscale is not recorded.
    assertThat(audit.refusals).allSatisfy(e -> assertThat(e.subjectCf()).isNotEqualTo("NOT-A-CF"));
  }

  @Test
  void aSmartcardLoginWithNothingLockedIsNotAudited() {
    refusal(CF, "Sbagliata1!", PIN);
    audit.changes.clear();

    unlockBySmartcard(CF);
    unlockBySmartcard(ENTRATEL_CF);
    unlockBySmartcard(UNKNOWN_CF);

    assertThat(stored().lock().failedAttempts()).isZero();
    assertThat(audit.all()).isEmpty();
  }

  @Test
  void theAuditTrailNeverHoldsASecretNorWhatWasTypedInPlaceOfACodiceFiscale() {
    login(CF, PASSWORD, PIN);
    refusal(CF, "Sbagliata1!", PIN);
    refusal(PASSWORD, PASSWORD, PIN); // the password typed in the codice fiscale box
    changePassword(CF, PASSWORD.toCharArray(), "Nuova12345".toCharArray());
    assertThatThrownBy(() -> changePassword(CF, "Nuova12345".toCharArray(), "x".toCharArray()));

    assertThat(audit.all()).hasSize(5);
    for (AuditEvent e : audit.all()) {
      assertThat(CredentialFakes.everything(e))
          .doesNotContain(PASSWORD)
          .doesNotContain(PIN)
          .doesNotContain("Sbagliata")
          .doesNotContain("Nuova12345")
          .doesNotContain("argon2");
    }
    assertThat(audit.changes.get(2).subjectCf()).isNull();
  }

  @Test
  void hashesAgainWhenTheStoredParametersAreWeakerThanTheCurrentOnes() {
    Argon2idHasher stronger = new Argon2idHasher(128, 2, 1);
    service.hasher = stronger;

    login(CF, PASSWORD, PIN);

    assertThat(stored().passwordHash()).startsWith("$argon2id$v=19$m=128,t=2,p=1$");
    assertThat(stored().pinHash()).startsWith("$argon2id$v=19$m=128,t=2,p=1$");
    assertThat(stronger.verify(PIN.toCharArray(), stored().pinHash())).isTrue();
  }

  @Test
  void anUnknownCodiceFiscaleCostsAsMuchHashingAsAWrongPassword() {
    // Counted, not timed: the same Argon2id verifications whether or not the person exists is
    // what makes the two answers cost the same; a stopwatch on shared cores only adds noise.
    CountingHasher hasher = new CountingHasher(TestHashers.fast());
    wire(hasher);

    int before = hasher.verifications;
    refusal(UNKNOWN_CF, PASSWORD, PIN);
    int unknown = hasher.verifications - before;
    before = hasher.verifications;
    refusal(CF, "Sbagliata1!", PIN);
    int wrongPassword = hasher.verifications - before;

    assertThat(wrongPassword).isPositive();
    assertThat(unknown).isEqualTo(wrongPassword);
  }

  /** A hasher that counts the verifications it performs. */
  private static final class CountingHasher implements SecretHasher {
    private final SecretHasher delegate;
    int verifications;

    CountingHasher(SecretHasher delegate) {
      this.delegate = delegate;
    }

    @Override
    public String hash(char[] secret) {
      return delegate.hash(secret);
    }

    @Override
    public boolean verify(char[] secret, String encoded) {
      verifications++;
      return delegate.verify(secret, encoded);
    }

    @Override
    public boolean needsRehash(String encoded) {
      return delegate.needsRehash(encoded);
    }

    @Override
    public String dummyHash() {
      return delegate.dummyHash();
    }
  }

  private PasswordRule policyRefusal(String current, String next) {
    try {
      changePassword(CF, current.toCharArray(), next.toCharArray());
    } catch (PasswordPolicyException e) {
      assertThat(e.code()).isEqualTo(ErrorCode.PASSWORD_POLICY);
      return e.rule();
    }
    throw new AssertionError("password change accepted");
  }
}
