package it.cns.enrollment.application.intranet;

import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.application.security.Audited;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.RefusalSubject;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.counter.CounterOffice;
import it.cns.enrollment.domain.counter.CounterOfficeDetails;
import it.cns.enrollment.domain.counter.CounterOfficeRepository;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * The counter offices (sportelli abilitati): the public directory of the enabled ones, and their
 * maintenance by supervisors - create, edit, enable, disable - for the SUPERVISOR role only
 * ({@code @RolesAllowed}), checked again in the database ({@link Audited}) and audited
 * COUNTER_ADMIN with the actor "supervisor:&lt;username&gt;"; refusals are audited too ({@link
 * Audited}). A disabled office leaves the public directory and can receive no new operators; its
 * operators and history stay.
 */
@Stateless
@RolesAllowed("SUPERVISOR")
@Audited(AuditAction.COUNTER_ADMIN)
public class CounterDirectory {

  @Inject CounterOfficeRepository offices;
  @Inject Caller caller;
  @Inject AuditRecorder audit;
  @Inject Clock clock;

  /** The public directory: enabled offices, by health agency and name. No login needed. */
  @PermitAll
  public List<CounterOfficeView> enabledOffices() {
    return offices.listEnabled().stream().map(CounterOfficeView::of).toList();
  }

  /**
   * The public directory narrowed to a province (its sigla) and, within it, a town; a blank one
   * does not narrow. Matching ignores case and surrounding blanks.
   */
  @PermitAll
  public List<CounterOfficeView> enabledOffices(String province, String town) {
    return enabledOffices().stream()
        .filter(o -> matches(province, o.province()))
        .filter(o -> matches(town, o.town()))
        .toList();
  }

  private static boolean matches(String wanted, String value) {
    return wanted == null
        || wanted.isBlank()
        || (value != null && value.equalsIgnoreCase(wanted.strip()));
  }

  /**
   * Every office, enabled or not, by name.
   *
   * @throws BusinessRefusal OPERATOR_NOT_PERMITTED unless the caller is an active supervisor
   */
  public List<CounterOfficeView> allOffices() {
    return offices.listAll().stream().map(CounterOfficeView::of).toList();
  }

  /**
   * Creates an enabled office.
   *
   * @throws BusinessRefusal OPERATOR_NOT_PERMITTED, COUNTER_OFFICE_INVALID,
   *     COUNTER_OFFICE_NAME_TAKEN
   */
  public CounterOfficeView create(CounterOfficeDetails details) {
    RefusalSubject.detail("attempted", "create");
    CounterOffice office = new CounterOffice(details);
    offices.add(office);
    record("created", office.id(), AuditDetails.of("name", office.name()));
    return CounterOfficeView.of(office);
  }

  /**
   * Replaces an office's name, health agency, address and opening hours.
   *
   * @throws BusinessRefusal OPERATOR_NOT_PERMITTED, INVALID_REQUEST (no such office),
   *     COUNTER_OFFICE_INVALID, COUNTER_OFFICE_NAME_TAKEN
   */
  public CounterOfficeView edit(long id, CounterOfficeDetails details) {
    attempted("edit", id);
    CounterOffice office = find(id);
    String before = office.name();
    office.edit(details);
    offices.flush();
    record(
        "edited",
        id,
        AuditDetails.of("name", before)
            .and("newName", before.equals(office.name()) ? null : office.name()));
    return CounterOfficeView.of(office);
  }

  /**
   * Enables or disables an office (in or out of the public directory).
   *
   * @throws BusinessRefusal OPERATOR_NOT_PERMITTED, INVALID_REQUEST (no such office)
   */
  public CounterOfficeView setEnabled(long id, boolean enabled) {
    attempted(enabled ? "enable" : "disable", id);
    CounterOffice office = find(id);
    if (enabled) {
      office.enable();
    } else {
      office.disable();
    }
    record(enabled ? "enabled" : "disabled", id, AuditDetails.of("name", office.name()));
    return CounterOfficeView.of(office);
  }

  /** What a refusal of this call will say it was about. */
  private static void attempted(String what, long officeId) {
    RefusalSubject.detail("attempted", what);
    RefusalSubject.detail("office", officeId);
  }

  private CounterOffice find(long id) {
    return offices
        .find(id)
        .orElseThrow(
            () -> new BusinessRefusal(ErrorCode.INVALID_REQUEST, "no counter office " + id));
  }

  private void record(String change, long officeId, AuditDetails more) {
    audit.recordChange(
        AuditEvent.of(
                AuditAction.COUNTER_ADMIN, Channel.SUPERVISION, caller.auditName(), clock.instant())
            .detail(AuditDetails.of("change", change).and("office", officeId).and(more))
            .build());
  }
}
