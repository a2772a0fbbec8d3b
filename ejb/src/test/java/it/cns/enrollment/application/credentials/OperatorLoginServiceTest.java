package it.cns.enrollment.application.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.application.security.AuditedCalls;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.Callers;
import it.cns.enrollment.application.security.CredentialFakes;
import it.cns.enrollment.application.security.LoginThrottle;
import it.cns.enrollment.application.security.OperatorAuthorization;
import it.cns.enrollment.application.security.OperatorFakes;
import it.cns.enrollment.application.security.OperatorIdentity;
import it.cns.enrollment.application.security.SecretAttempts;
import it.cns.enrollment.application.security.SecurityWiring;
import it.cns.enrollment.application.security.ThrottleFakes;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.credential.PasswordPolicyException;
import it.cns.enrollment.domain.credential.PasswordRule;
import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.credential.TestHashers;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.operator.Operator;
import it.cns.enrollment.domain.operator.OperatorLockout;
import it.cns.enrollment.domain.operator.OperatorRole;
import it.cns.enrollment.testing.MovableClock;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OperatorLoginServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private static final String INITIAL = "Iniziale.Lunga.1";
  private static final String NEW = "Nuova.Password.42";

  private OperatorFakes.Operators operators;
  private OperatorFakes.Offices offices;
  private CredentialFakes.Audit audit;
  private MovableClock clock;
  private OperatorLoginService service;
  private ThrottleFakes.Table throttles;
  private OperatorAuthorization authorization;
  private final SecretHasher hasher = TestHashers.fast();

  @BeforeEach
  void wire() {
    operators = new OperatorFakes.Operators();
    offices = new OperatorFakes.Offices();
    audit = new CredentialFakes.Audit();
    clock = new MovableClock(NOW);
    throttles = new ThrottleFakes.Table();
    LoginThrottle throttle = SecurityWiring.loginThrottle(throttles, ThrottleFakes.GENEROUS);
    SecretAttempts attempts = SecurityWiring.secretAttempts(audit, clock, throttle);
    service = new OperatorLoginService();
    service.throttle = throttle;
    service.attempts = attempts;
    service.operators = operators;
    service.audit = audit;
    service.hasher = hasher;
    service.lockout = new OperatorLockout(5);
    service.clock = clock;
    authorization = SecurityWiring.operatorAuthorization(operators, audit, clock);
    as("anna", OperatorRole.OPERATOR);
  }

  /** The container's principal for the calls that follow (as the intranet's edge fills it). */
  private AuditedCalls as(String username, OperatorRole role) {
    Caller caller = Callers.as(new Actor.Staff(username, role), Channel.COUNTER);
    service.caller = caller;
    SecurityWiring.callAs(authorization, caller);
    return new AuditedCalls(audit, caller);
  }

  private Operator add(String username, OperatorRole role) {
    Operator o =
        Operator.create(
            username,
            "Nome " + username,
            role,
            role == OperatorRole.OPERATOR ? offices.add("Sportello " + username, true) : null,
            hasher.hash(INITIAL.toCharArray()),
            NOW);
    operators.add(o);
    return o;
  }

  private static ErrorCode refusal(Runnable r) {
    try {
      r.run();
    } catch (BusinessRefusal e) {
      return e.code();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void theFirstLoginSucceedsAndAsksForAChange() {
    add("anna", OperatorRole.OPERATOR);
    OperatorIdentity who = service.login(" Anna ", INITIAL.toCharArray());
    assertThat(who.username()).isEqualTo("anna");
    assertThat(who.mustChangePassword()).isTrue();
    assertThat(who.counterOfficeName()).isEqualTo("Sportello anna");
    AuditEvent e = audit.changes.get(0);
    assertThat(e.action()).isEqualTo(AuditAction.OPERATOR_LOGIN);
    assertThat(e.channel()).isEqualTo(Channel.COUNTER);
    assertThat(e.actor()).isEqualTo("operator:anna");
    assertThat(e.outcome()).isEqualTo("OK");
    assertThat(operators.lockedReads).isEqualTo(1);
  }

  @Test
  void anUnknownUserAndAWrongPasswordGetTheSameRefusal() {
    add("anna", OperatorRole.OPERATOR);
    assertThat(refusal(() -> service.login("anna", "sbagliata".toCharArray())))
        .isEqualTo(ErrorCode.OPERATOR_LOGIN_REFUSED);
    assertThat(refusal(() -> service.login("nessuno", INITIAL.toCharArray())))
        .isEqualTo(ErrorCode.OPERATOR_LOGIN_REFUSED);
    assertThat(refusal(() -> service.login(null, null)))
        .isEqualTo(ErrorCode.OPERATOR_LOGIN_REFUSED);
    assertThat(audit.changes)
        .extracting(AuditEvent::actor)
        .containsExactly("operator:anna", "operator:nessuno", "operator:?");
    assertThat(audit.changes)
        .allSatisfy(
            e ->
                assertThat(CredentialFakes.everything(e))
                    .doesNotContain(INITIAL)
                    .doesNotContain("sbagliata"));
  }

  @Test
  void theFifthWrongPasswordLocksUntilASupervisorUnlocksAndTheAnswerDoesNotTell() {
    Operator o = add("anna", OperatorRole.OPERATOR);
    for (int i = 0; i < 5; i++) {
      assertThat(refusal(() -> service.login("anna", "x".toCharArray())))
          .isEqualTo(ErrorCode.OPERATOR_LOGIN_REFUSED);
    }
    assertThat(o.lock().isLocked()).isTrue();
    assertThat(refusal(() -> service.login("anna", INITIAL.toCharArray())))
        .as("locked: answered as a wrong password, as for a username that does not exist")
        .isEqualTo(ErrorCode.OPERATOR_LOGIN_REFUSED);
    assertThat(audit.changes)
        .extracting(AuditEvent::outcome)
        .as("the audit trail still says it locked")
        .containsExactly(
            "OPERATOR_LOGIN_REFUSED",
            "OPERATOR_LOGIN_REFUSED",
            "OPERATOR_LOGIN_REFUSED",
            "OPERATOR_LOGIN_REFUSED",
            "OPERATOR_LOCKED",
            "OPERATOR_LOCKED");
    o.unlock();
    assertThat(service.login("anna", INITIAL.toCharArray()).username()).isEqualTo("anna");
  }

  @Test
  void aDisabledAccountIsRefusedAsAWrongPasswordAndAuditedAsLocked() {
    add("anna", OperatorRole.OPERATOR).disable();
    assertThat(refusal(() -> service.login("anna", INITIAL.toCharArray())))
        .isEqualTo(ErrorCode.OPERATOR_LOGIN_REFUSED);
    assertThat(audit.changes.get(0).outcome()).isEqualTo("OPERATOR_LOCKED");
    assertThat(audit.changes.get(0).detail()).isEqualTo("reason=account disabled");
  }

  @Test
  void thePasswordChangeChecksTheCurrentOneAndThePolicy() {
    add("anna", OperatorRole.OPERATOR);
    AuditedCalls calls = as("anna", OperatorRole.OPERATOR);
    assertThat(
            refusal(
                () -> calls.call(service, "changePassword", "x".toCharArray(), NEW.toCharArray())))
        .isEqualTo(ErrorCode.OPERATOR_LOGIN_REFUSED);
    assertThatThrownBy(
            () ->
                calls.call(
                    service, "changePassword", INITIAL.toCharArray(), "Breve.12".toCharArray()))
        .isInstanceOfSatisfying(
            PasswordPolicyException.class,
            e -> assertThat(e.rule()).isEqualTo(PasswordRule.TOO_SHORT));
    assertThatThrownBy(
            () ->
                calls.call(service, "changePassword", INITIAL.toCharArray(), INITIAL.toCharArray()))
        .isInstanceOfSatisfying(
            PasswordPolicyException.class,
            e -> assertThat(e.rule()).isEqualTo(PasswordRule.REUSED));

    OperatorIdentity after = service.changePassword(INITIAL.toCharArray(), NEW.toCharArray());
    assertThat(after.mustChangePassword()).isFalse();
    assertThat(service.login("anna", NEW.toCharArray()).mustChangePassword()).isFalse();
    assertThat(audit.refusals)
        .extracting(AuditEvent::outcome)
        .containsExactly("PASSWORD_POLICY", "PASSWORD_POLICY");
    assertThat(audit.changes)
        .filteredOn(e -> e.action() == AuditAction.OPERATOR_PASSWORD_CHANGE)
        .extracting(AuditEvent::outcome)
        .containsExactly("OPERATOR_LOGIN_REFUSED", "OK");
  }

  @Test
  void aPasswordOlderThan90DaysMustBeChangedAgain() {
    add("anna", OperatorRole.OPERATOR);
    service.changePassword(INITIAL.toCharArray(), NEW.toCharArray());
    clock.advance(Duration.ofDays(90));
    assertThat(service.login("anna", NEW.toCharArray()).mustChangePassword()).isTrue();
  }

  @Test
  void onlyAnActiveSupervisorPassesTheSupervisorCheck() {
    add("anna", OperatorRole.OPERATOR);
    add("capo", OperatorRole.SUPERVISOR);
    as("capo", OperatorRole.SUPERVISOR);
    assertThat(refusal(() -> authorization.requireSupervisor(AuditAction.OPERATOR_ADMIN)))
        .as("password still to be changed")
        .isEqualTo(ErrorCode.OPERATOR_NOT_PERMITTED);
    service.changePassword(INITIAL.toCharArray(), NEW.toCharArray());
    as("anna", OperatorRole.OPERATOR);
    service.changePassword(INITIAL.toCharArray(), NEW.toCharArray());

    as("capo", OperatorRole.SUPERVISOR);
    assertThat(authorization.requireSupervisor(AuditAction.OPERATOR_ADMIN).actor())
        .isEqualTo("supervisor:capo");
    as("anna", OperatorRole.OPERATOR);
    assertThat(authorization.requireActive(AuditAction.TSCNS_ACTIVATION).actor())
        .isEqualTo("operator:anna");
    assertThat(refusal(() -> authorization.requireSupervisor(AuditAction.OPERATOR_ADMIN)))
        .isEqualTo(ErrorCode.OPERATOR_NOT_PERMITTED);
    // A principal the database does not know (the container and the database disagree).
    as("ghost", OperatorRole.SUPERVISOR);
    assertThat(refusal(() -> authorization.requireSupervisor(AuditAction.OPERATOR_ADMIN)))
        .isEqualTo(ErrorCode.OPERATOR_NOT_PERMITTED);
    operators.byUsername.get("capo").disable();
    as("capo", OperatorRole.SUPERVISOR);
    assertThat(refusal(() -> authorization.requireSupervisor(AuditAction.COUNTER_ADMIN)))
        .isEqualTo(ErrorCode.OPERATOR_NOT_PERMITTED);
    assertThat(audit.refusals)
        .filteredOn(e -> e.outcome().equals("OPERATOR_NOT_PERMITTED"))
        .extracting(AuditEvent::detail)
        .containsExactly(
            "reason=password change required first",
            "reason=role OPERATOR is not SUPERVISOR",
            "reason=no such operator",
            "reason=account disabled");
  }

  @Test
  void loginAndItsAttemptsRunInTheRightTransactions() throws Exception {
    assertThat(
            OperatorLoginService.class
                .getMethod("login", String.class, char[].class)
                .getAnnotation(TransactionAttribute.class)
                .value())
        .isEqualTo(TransactionAttributeType.NOT_SUPPORTED);
    // Its attempts run in SecretAttempts' REQUIRES_NEW transaction (SecretAttemptsTest), which
    // applies only when called through the container.
    assertThat(
            OperatorLoginService.class
                .getDeclaredField("attempts")
                .isAnnotationPresent(jakarta.inject.Inject.class))
        .isTrue();
  }
}
