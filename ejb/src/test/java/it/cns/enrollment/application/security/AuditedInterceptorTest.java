package it.cns.enrollment.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.operator.OperatorRole;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditedInterceptorTest {

  private static final String CF = "MSRNTN77H15C351X";

  private CredentialFakes.Audit audit;
  private AuditedCalls calls;
  private UseCase useCase;

  /** A use case as services write them: the subject in one line, no try/catch. */
  @Audited(AuditAction.COUNTER_ADMIN)
  public static class UseCase {
    UseCase inner;
    AuditRecorder audit;

    public String succeed() {
      RefusalSubject.about(CF);
      return "done";
    }

    public String refuse(String cf) {
      RefusalSubject.about(cf);
      RefusalSubject.detail("office", 3);
      throw new BusinessRefusal(ErrorCode.COUNTER_OFFICE_INVALID, "name blank");
    }

    @Audited(AuditAction.CIP_UNLOCK)
    public void refuseUnderItsOwnAction() {
      throw new BusinessRefusal(ErrorCode.OPERATOR_NOT_PERMITTED, "no");
    }

    /** An audited use case calling another: the refusal is recorded once, by the inner one. */
    public void refuseThroughAnother(AuditedCalls calls) {
      calls.call(inner, "refuseUnderItsOwnAction");
    }

    /** A service that records its own refusal (as OperatorAuthorization does). */
    public void refuseRecordedAlready() {
      BusinessRefusal e = new BusinessRefusal(ErrorCode.OPERATOR_NOT_PERMITTED, "role");
      RefusalSubject.recorded(e);
      throw e;
    }

    public void fail() {
      throw new IllegalStateException("a bug, not a refusal");
    }
  }

  /** A new intranet use case: authorisation and refusal audit by annotation alone. */
  @Audited(AuditAction.PARTNER_ADMIN)
  @RolesAllowed("SUPERVISOR")
  public static class SupervisorWork {
    int runs;

    public void work() {
      runs++;
    }

    @PermitAll
    public void open() {
      runs++;
    }
  }

  @BeforeEach
  void wire() {
    audit = new CredentialFakes.Audit();
    calls =
        new AuditedCalls(
            audit, Callers.as(new Actor.Staff("capo", OperatorRole.SUPERVISOR), Channel.COUNTER));
    useCase = new UseCase();
    useCase.inner = new UseCase();
  }

  @Test
  void recordsARefusalWithTheCallerTheStableCodeAndTheSubjectAndThrowsItOn() {
    assertThatThrownBy(() -> calls.call(useCase, "refuse", CF))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.COUNTER_OFFICE_INVALID));
    AuditEvent e = audit.refusals.get(0);
    assertThat(e.action()).isEqualTo(AuditAction.COUNTER_ADMIN);
    assertThat(e.actor()).isEqualTo("supervisor:capo");
    assertThat(e.channel()).isEqualTo(Channel.COUNTER);
    assertThat(e.outcome()).isEqualTo("COUNTER_OFFICE_INVALID");
    assertThat(e.subjectCf()).isEqualTo(CF);
    assertThat(e.detail()).isEqualTo("reason=COUNTER_OFFICE_INVALID: name blank; office=3");
    assertThat(audit.changes).isEmpty();
  }

  @Test
  void aMethodsActionWinsOverItsClasss() {
    assertThatThrownBy(() -> calls.call(useCase, "refuseUnderItsOwnAction"))
        .isInstanceOf(BusinessRefusal.class);
    assertThat(audit.refusals)
        .extracting(AuditEvent::action)
        .containsExactly(AuditAction.CIP_UNLOCK);
  }

  @Test
  void aRefusalIsRecordedOnceThroughNestedUseCasesAndNotAgainWhenAServiceRecordedIt() {
    assertThatThrownBy(() -> calls.call(useCase, "refuseThroughAnother", calls))
        .isInstanceOf(BusinessRefusal.class);
    assertThatThrownBy(() -> calls.call(useCase, "refuseRecordedAlready"))
        .isInstanceOf(BusinessRefusal.class);
    assertThat(audit.refusals)
        .extracting(AuditEvent::action)
        .containsExactly(AuditAction.CIP_UNLOCK);
  }

  @Test
  void successesAndBugsAreNotRefusals() {
    assertThat((String) calls.call(useCase, "succeed")).isEqualTo("done");
    assertThatThrownBy(() -> calls.call(useCase, "fail")).isInstanceOf(IllegalStateException.class);
    assertThat(audit.refusals).isEmpty();
  }

  @Test
  void notesOutsideAnAuditedCallGoNowhereAndDoNotLeakIntoTheNext() {
    RefusalSubject.about("XXXXXXXXXXXXXXXX");
    assertThatThrownBy(() -> calls.call(useCase, "refuseUnderItsOwnAction"))
        .isInstanceOf(BusinessRefusal.class);
    assertThat(audit.refusals.get(0).subjectCf()).isNull();
  }

  @Test
  void withoutAnyCallerTheRefusalIsTheSystems() {
    AuditedCalls system = new AuditedCalls(audit, new Caller());
    assertThatThrownBy(() -> system.call(useCase, "refuse", CF))
        .isInstanceOf(BusinessRefusal.class);
    assertThat(audit.refusals.get(0).actor()).isEqualTo("system");
    assertThat(audit.refusals.get(0).channel()).isEqualTo(Channel.SYSTEM);
  }

  @Test
  void aRolesAllowedUseCaseChecksTheCallerAgainInTheDatabaseBeforeItRuns() {
    SupervisionFakes.Recorder recorder =
        new SupervisionFakes.Recorder(new SupervisionFakes.Events());
    OperatorAuthorization authorization =
        SupervisionFakes.authorization(recorder, java.time.Clock.systemUTC());
    SupervisorWork work = new SupervisorWork();

    new AuditedCalls(recorder, SupervisionFakes.caller("boss"), authorization).call(work, "work");
    assertThat(work.runs).isEqualTo(1);

    // The container let "newboss" in as SUPERVISOR; the database says: password change first.
    AuditedCalls newboss =
        new AuditedCalls(recorder, SupervisionFakes.caller("newboss"), authorization);
    assertThatThrownBy(() -> newboss.call(work, "work"))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.OPERATOR_NOT_PERMITTED));
    assertThat(work.runs).isEqualTo(1);
    assertThat(recorder.refusals)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.PARTNER_ADMIN);
              assertThat(e.actor()).isEqualTo("supervisor:newboss");
              assertThat(e.detail()).isEqualTo("reason=password change required first");
            });

    newboss.call(work, "open");
    assertThat(work.runs).as("@PermitAll: no check").isEqualTo(2);
  }
}
