package it.cns.enrollment.application;

import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.counter.CounterOffice;
import it.cns.enrollment.domain.counter.CounterOfficeDetails;
import it.cns.enrollment.domain.counter.CounterOfficeRepository;
import it.cns.enrollment.domain.error.EnrollmentException;
import it.cns.enrollment.domain.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * The counter offices (sportelli abilitati): the public directory of the enabled ones, and their
 * maintenance by supervisors - create, edit, enable, disable - each checked for the SUPERVISOR role
 * in the database ({@link OperatorAuthorization}) and audited COUNTER_ADMIN with the actor
 * "supervisor:&lt;username&gt;"; refusals are audited too. A disabled office leaves the public
 * directory and can receive no new operators; its operators and history stay.
 */
@Stateless
public class CounterDirectory {

  @Inject CounterOfficeRepository offices;
  @Inject OperatorAuthorization authorization;
  @Inject AuditRecorder audit;
  @Inject Clock clock;

  /** The public directory: enabled offices, by health agency and name. No login needed. */
  public List<CounterOfficeView> enabledOffices() {
    return offices.listEnabled().stream().map(CounterOfficeView::of).toList();
  }

  /**
   * Every office, enabled or not, by name.
   *
   * @throws EnrollmentException OPERATOR_NOT_PERMITTED unless {@code supervisor} is an active
   *     supervisor
   */
  public List<CounterOfficeView> allOffices(String supervisor) {
    authorization.requireSupervisor(supervisor, AuditAction.COUNTER_ADMIN);
    return offices.listAll().stream().map(CounterOfficeView::of).toList();
  }

  /**
   * Creates an enabled office.
   *
   * @throws EnrollmentException OPERATOR_NOT_PERMITTED, COUNTER_OFFICE_INVALID,
   *     COUNTER_OFFICE_NAME_TAKEN
   */
  public CounterOfficeView create(String supervisor, CounterOfficeDetails details) {
    OperatorIdentity who = authorization.requireSupervisor(supervisor, AuditAction.COUNTER_ADMIN);
    return audited(
        who,
        "create counter office",
        () -> {
          CounterOffice office = new CounterOffice(details);
          offices.add(office);
          record(who, "created counter office " + office.id() + " \"" + office.name() + "\"");
          return CounterOfficeView.of(office);
        });
  }

  /**
   * Replaces an office's name, health agency, address and opening hours.
   *
   * @throws EnrollmentException OPERATOR_NOT_PERMITTED, INVALID_REQUEST (no such office),
   *     COUNTER_OFFICE_INVALID, COUNTER_OFFICE_NAME_TAKEN
   */
  public CounterOfficeView edit(String supervisor, long id, CounterOfficeDetails details) {
    OperatorIdentity who = authorization.requireSupervisor(supervisor, AuditAction.COUNTER_ADMIN);
    return audited(
        who,
        "edit counter office " + id,
        () -> {
          CounterOffice office = find(id);
          String before = office.name();
          office.edit(details);
          offices.flush();
          record(
              who,
              "edited counter office "
                  + id
                  + (before.equals(office.name())
                      ? " \"" + before + "\""
                      : " \"" + before + "\" -> \"" + office.name() + "\""));
          return CounterOfficeView.of(office);
        });
  }

  /**
   * Enables or disables an office (in or out of the public directory).
   *
   * @throws EnrollmentException OPERATOR_NOT_PERMITTED, INVALID_REQUEST (no such office)
   */
  public CounterOfficeView setEnabled(String supervisor, long id, boolean enabled) {
    OperatorIdentity who = authorization.requireSupervisor(supervisor, AuditAction.COUNTER_ADMIN);
    return audited(
        who,
        (enabled ? "enable" : "disable") + " counter office " + id,
        () -> {
          CounterOffice office = find(id);
          if (enabled) {
            office.enable();
          } else {
            office.disable();
          }
          record(
              who,
              (enabled ? "enabled" : "disabled")
                  + " counter office "
                  + id
                  + " \""
                  + office.name()
                  + "\"");
          return CounterOfficeView.of(office);
        });
  }

  private CounterOffice find(long id) {
    return offices
        .find(id)
        .orElseThrow(
            () -> new EnrollmentException(ErrorCode.INVALID_REQUEST, "no counter office " + id));
  }

  private void record(OperatorIdentity who, String detail) {
    audit.recordChange(
        AuditEvent.of(AuditAction.COUNTER_ADMIN, Channel.COUNTER, who.actor(), clock.instant())
            .detail(detail)
            .build());
  }

  /** Runs a change; a domain refusal is audited (in its own transaction) and thrown on. */
  private <T> T audited(OperatorIdentity who, String what, Supplier<T> change) {
    try {
      return change.get();
    } catch (EnrollmentException e) {
      audit.recordRefusal(
          AuditEvent.of(AuditAction.COUNTER_ADMIN, Channel.COUNTER, who.actor(), clock.instant())
              .outcome(e.stableCode())
              .detail(what + " refused")
              .build());
      throw e;
    }
  }
}
