package it.cns.enrollment.application.intranet;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.application.security.AuditedCalls;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.Callers;
import it.cns.enrollment.application.security.CredentialFakes;
import it.cns.enrollment.application.security.OperatorAuthorization;
import it.cns.enrollment.application.security.OperatorFakes;
import it.cns.enrollment.application.security.SecurityWiring;
import it.cns.enrollment.application.security.ThrottleFakes;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.counter.CounterOffice;
import it.cns.enrollment.domain.counter.CounterOfficeDetails;
import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.credential.TestHashers;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.operator.Operator;
import it.cns.enrollment.domain.operator.OperatorRole;
import it.cns.enrollment.testing.MovableClock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OperatorAdministrationTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  private final SecretHasher hasher = TestHashers.fast();
  private OperatorFakes.Operators operators;
  private OperatorFakes.Offices offices;
  private CredentialFakes.Audit audit;
  private OperatorAdministration admin;
  private CounterDirectory directory;
  private CounterOffice padova;
  private OperatorAuthorization authorization;
  private AuditedCalls calls;

  @BeforeEach
  void wire() {
    operators = new OperatorFakes.Operators();
    offices = new OperatorFakes.Offices();
    audit = new CredentialFakes.Audit();
    MovableClock clock = new MovableClock(NOW);
    authorization = SecurityWiring.operatorAuthorization(operators, audit, clock);
    admin = new OperatorAdministration();
    admin.operators = operators;
    admin.offices = offices;
    admin.audit = audit;
    admin.hasher = hasher;
    admin.clock = clock;
    admin.throttle =
        SecurityWiring.loginThrottle(new ThrottleFakes.Table(), ThrottleFakes.GENEROUS);
    directory = new CounterDirectory();
    directory.offices = offices;
    directory.audit = audit;
    directory.clock = clock;
    padova = offices.add("Padova", true);
    Operator boss =
        Operator.create(
            "capo", "Capo", OperatorRole.SUPERVISOR, null, hasher.hash("x".toCharArray()), NOW);
    boss.changePassword(hasher.hash("Capo.Password.1".toCharArray()), NOW);
    operators.add(boss);
    Operator plain =
        Operator.create(
            "anna", "Anna", OperatorRole.OPERATOR, padova, hasher.hash("x".toCharArray()), NOW);
    plain.changePassword(hasher.hash("Anna.Password.1".toCharArray()), NOW);
    operators.add(plain);
    as("capo", OperatorRole.SUPERVISOR);
  }

  /** The container's principal and role for the calls that follow. */
  private void as(String username, OperatorRole role) {
    Caller caller = Callers.as(new Actor.Staff(username, role), Channel.COUNTER);
    admin.caller = caller;
    directory.caller = caller;
    calls = new AuditedCalls(audit, caller, authorization);
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
  void aSupervisorCreatesAnOperatorWithAnInitialPasswordThatOnlyItsHashKeeps() {
    InitialPassword issued =
        admin.create("Luca.Neri", "Luca Neri", OperatorRole.OPERATOR, padova.id());
    Operator created = operators.byUsername.get("luca.neri");
    String password = issued.password().reveal();
    assertThat(issued.toString()).doesNotContain(password);
    assertThat(password).hasSizeGreaterThanOrEqualTo(12);
    assertThat(created.passwordMatches(password.toCharArray(), hasher)).isTrue();
    assertThat(created.mustChangePassword()).isTrue();
    AuditEvent e = audit.changes.get(0);
    assertThat(e.action()).isEqualTo(AuditAction.OPERATOR_ADMIN);
    assertThat(e.actor()).isEqualTo("supervisor:capo");
    assertThat(e.detail()).isEqualTo("change=created; operator=luca.neri; role=OPERATOR; office=1");
    assertThat(CredentialFakes.everything(e)).doesNotContain(password);
  }

  @Test
  void anOperatorMayNotAdministerAndTheRefusalIsAudited() {
    as("anna", OperatorRole.OPERATOR);
    assertThat(refusal(() -> calls.call(admin, "list")))
        .isEqualTo(ErrorCode.OPERATOR_NOT_PERMITTED);
    assertThat(
            refusal(() -> calls.call(admin, "create", "x.y.z", "X", OperatorRole.SUPERVISOR, null)))
        .isEqualTo(ErrorCode.OPERATOR_NOT_PERMITTED);
    assertThat(
            refusal(
                () ->
                    calls.call(
                        directory, "create", new CounterOfficeDetails("N", "A", "Via", "8-12"))))
        .isEqualTo(ErrorCode.OPERATOR_NOT_PERMITTED);
    assertThat(operators.byUsername).hasSize(2);
    assertThat(offices.all).hasSize(1);
    assertThat(audit.refusals)
        .extracting(AuditEvent::action)
        .containsExactly(
            AuditAction.OPERATOR_ADMIN, AuditAction.OPERATOR_ADMIN, AuditAction.COUNTER_ADMIN);
    // Attempts at a supervisor's act are recorded on the supervision channel, not the counter's.
    assertThat(audit.refusals).extracting(AuditEvent::channel).containsOnly(Channel.SUPERVISION);
  }

  @Test
  void domainRefusalsAreTypedAndAudited() {
    assertThat(
            refusal(() -> calls.call(admin, "create", "anna", "Anna", OperatorRole.OPERATOR, 1L)))
        .isEqualTo(ErrorCode.OPERATOR_USERNAME_TAKEN);
    assertThat(
            refusal(() -> calls.call(admin, "create", "nuovo", "N", OperatorRole.OPERATOR, null)))
        .isEqualTo(ErrorCode.COUNTER_OFFICE_REQUIRED);
    CounterOffice closed = offices.add("Chiuso", false);
    assertThat(
            refusal(
                () ->
                    calls.call(admin, "create", "nuovo", "N", OperatorRole.OPERATOR, closed.id())))
        .isEqualTo(ErrorCode.COUNTER_OFFICE_REQUIRED);
    assertThat(refusal(() -> calls.call(admin, "create", "1x", "N", OperatorRole.SUPERVISOR, null)))
        .isEqualTo(ErrorCode.OPERATOR_INVALID);
    assertThat(audit.refusals)
        .extracting(AuditEvent::outcome)
        .containsExactly(
            "OPERATOR_USERNAME_TAKEN",
            "COUNTER_OFFICE_REQUIRED",
            "COUNTER_OFFICE_REQUIRED",
            "OPERATOR_INVALID");
  }

  @Test
  void unlockDisableEnableAssignAndResetAnotherAccountButNotOnesOwn() {
    Operator anna = operators.byUsername.get("anna");
    long annaId = anna.id();
    long bossId = operators.byUsername.get("capo").id();
    for (int i = 0; i < 5; i++) {
      anna.recordFailure(NOW, new it.cns.enrollment.domain.operator.OperatorLockout(5));
    }
    assertThat(admin.unlock(annaId).locked()).isFalse();
    assertThat(admin.setEnabled(annaId, false).enabled()).isFalse();
    assertThat(admin.setEnabled(annaId, true).enabled()).isTrue();
    assertThat(admin.assign(annaId, OperatorRole.SUPERVISOR, null).role())
        .isEqualTo(OperatorRole.SUPERVISOR);
    InitialPassword fresh = admin.resetPassword(annaId);
    assertThat(anna.passwordMatches(fresh.password().reveal().toCharArray(), hasher)).isTrue();
    assertThat(anna.mustChangePassword()).isTrue();

    assertThat(refusal(() -> calls.call(admin, "setEnabled", bossId, false)))
        .isEqualTo(ErrorCode.OPERATOR_NOT_PERMITTED);
    assertThat(refusal(() -> calls.call(admin, "assign", bossId, OperatorRole.OPERATOR, 1L)))
        .isEqualTo(ErrorCode.OPERATOR_NOT_PERMITTED);
    assertThat(refusal(() -> calls.call(admin, "resetPassword", bossId)))
        .isEqualTo(ErrorCode.OPERATOR_NOT_PERMITTED);
    assertThat(refusal(() -> calls.call(admin, "unlock", 999)))
        .isEqualTo(ErrorCode.INVALID_REQUEST);
    assertThat(audit.changes)
        .extracting(AuditEvent::detail)
        .containsExactly(
            "change=unlocked; operator=anna",
            "change=disabled; operator=anna",
            "change=enabled; operator=anna",
            "change=assigned; operator=anna; roleBefore=OPERATOR; officeBefore=1; role=SUPERVISOR",
            "change=new initial password; operator=anna");
    assertThat(audit.changes).extracting(AuditEvent::channel).containsOnly(Channel.SUPERVISION);
  }

  @Test
  void theDirectoryNarrowsToAProvinceAndTownAndGivesHoursInTheLanguageAsked() {
    directory.create(
        new CounterOfficeDetails(
            "Treviso", "ULSS 2", "Via 2", "Lun 8-12", "tv", "Treviso", null, null, "Mon 8-12"));
    directory.create(
        new CounterOfficeDetails(
            "Conegliano", "ULSS 2", "Via 3", "Mar 9-12", "TV", "Conegliano", null, null, null));

    assertThat(directory.enabledOffices(" tv ", null))
        .extracting(CounterOfficeView::name)
        .containsExactlyInAnyOrder("Treviso", "Conegliano");
    assertThat(directory.enabledOffices("TV", "conegliano"))
        .extracting(CounterOfficeView::name)
        .containsExactly("Conegliano");
    assertThat(directory.enabledOffices("", "")).hasSize(3); // Padova has no place recorded
    assertThat(directory.enabledOffices("PD", null)).isEmpty();
    CounterOfficeView treviso = directory.enabledOffices("TV", "Treviso").get(0);
    assertThat(treviso.hoursIn("en")).isEqualTo("Mon 8-12");
    assertThat(treviso.hoursIn("it")).isEqualTo("Lun 8-12");
    assertThat(directory.enabledOffices("TV", "Conegliano").get(0).hoursIn("en"))
        .isEqualTo("Mar 9-12");
  }

  @Test
  void theDirectoryListsEnabledOfficesAndSupervisorsMaintainThem() {
    CounterOfficeView verona =
        directory.create(new CounterOfficeDetails("Verona", "ULSS 9", "Via 1", "8-12"));
    assertThat(directory.enabledOffices())
        .extracting(CounterOfficeView::name)
        .containsExactly("Padova", "Verona");
    directory.setEnabled(verona.id(), false);
    assertThat(directory.enabledOffices())
        .extracting(CounterOfficeView::name)
        .containsExactly("Padova");
    assertThat(directory.allOffices()).hasSize(2);
    assertThat(
            refusal(
                () ->
                    calls.call(
                        directory,
                        "edit",
                        verona.id(),
                        new CounterOfficeDetails("Padova", "ULSS 9", "Via 1", "8-12"))))
        .isEqualTo(ErrorCode.COUNTER_OFFICE_NAME_TAKEN);
    assertThat(
            directory
                .edit(
                    verona.id(),
                    new CounterOfficeDetails("Verona centro", "ULSS 9", "Via 2", "9-12"))
                .address())
        .isEqualTo("Via 2");
    assertThat(audit.changes)
        .extracting(AuditEvent::action)
        .containsOnly(AuditAction.COUNTER_ADMIN);
    assertThat(audit.refusals)
        .extracting(AuditEvent::outcome)
        .containsExactly("COUNTER_OFFICE_NAME_TAKEN");
  }
}
