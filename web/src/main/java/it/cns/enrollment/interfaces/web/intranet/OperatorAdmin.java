package it.cns.enrollment.interfaces.web.intranet;

import it.cns.enrollment.application.intranet.CounterDirectory;
import it.cns.enrollment.application.intranet.CounterOfficeView;
import it.cns.enrollment.application.intranet.InitialPassword;
import it.cns.enrollment.application.intranet.OperatorAdministration;
import it.cns.enrollment.application.intranet.OperatorSummary;
import it.cns.enrollment.domain.operator.OperatorRole;
import it.cns.enrollment.interfaces.web.UserMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Supplier;

/**
 * Supervision of operators (/intranet/supervisione/operatori.xhtml): the list, creation with a
 * random initial password shown once, a new initial password, unlock, enable and disable, role and
 * counter office. Request scoped on purpose: an issued password lives only in the response that
 * shows it, never in the session or the view state. The service checks the supervisor's role.
 */
@Named
@RequestScoped
public class OperatorAdmin {

  @EJB OperatorAdministration administration;
  @EJB CounterDirectory directory;

  private List<OperatorSummary> operators;
  private List<CounterOfficeView> offices;

  // New account.
  private String username;
  private String displayName;
  private OperatorRole role = OperatorRole.OPERATOR;
  private Long counterOfficeId;

  // Role and office change.
  private Long targetId;
  private OperatorRole newRole = OperatorRole.OPERATOR;
  private Long newCounterOfficeId;

  private InitialPassword issued;
  private String done;
  private UserMessages.Shown problem;

  public List<OperatorSummary> getOperators() {
    if (operators == null) {
      operators = attempt(() -> administration.list(), List.of());
    }
    return operators;
  }

  /** Every counter office, disabled ones too (the service refuses them for operators). */
  public List<CounterOfficeView> getOffices() {
    if (offices == null) {
      offices = attempt(() -> directory.allOffices(), List.of());
    }
    return offices;
  }

  /** The offices an operator can be given: a disabled one is not offered (it would be refused). */
  public List<CounterOfficeView> getEnabledOffices() {
    return getOffices().stream().filter(CounterOfficeView::enabled).toList();
  }

  public OperatorRole[] getRoles() {
    return OperatorRole.values();
  }

  public String create() {
    issued =
        attempt(() -> administration.create(username, displayName, role, counterOfficeId), null);
    if (issued != null) {
      username = null;
      displayName = null;
      counterOfficeId = null;
    }
    return refreshed();
  }

  public String resetPassword(long operatorId) {
    issued = attempt(() -> administration.resetPassword(operatorId), null);
    return refreshed();
  }

  public String unlock(long operatorId) {
    attempt(() -> administration.unlock(operatorId), null);
    done = problem == null ? "unlocked" : null;
    return refreshed();
  }

  public String enable(long operatorId) {
    attempt(() -> administration.setEnabled(operatorId, true), null);
    done = problem == null ? "enabled" : null;
    return refreshed();
  }

  public String disable(long operatorId) {
    attempt(() -> administration.setEnabled(operatorId, false), null);
    done = problem == null ? "disabled" : null;
    return refreshed();
  }

  public String assign() {
    if (targetId == null) {
      return null;
    }
    long id = targetId;
    attempt(() -> administration.assign(id, newRole, newCounterOfficeId), null);
    done = problem == null ? "assigned" : null;
    return refreshed();
  }

  private String refreshed() {
    operators = null;
    return null;
  }

  private <T> T attempt(Supplier<T> call, T otherwise) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      problem = UserMessages.of(e, FacesContext.getCurrentInstance().getViewRoot().getLocale());
      return otherwise;
    }
  }

  /** The username of a password just issued, shown once with it. */
  public String getIssuedUsername() {
    return issued == null ? null : issued.username();
  }

  /** The password just issued: only in this response. */
  public String getIssuedPassword() {
    return issued == null ? null : issued.password().reveal();
  }

  public String getDone() {
    return done;
  }

  /**
   * What went wrong, if anything. The lists are read first: the message is rendered above them, and
   * a refusal to read them (the role checked in the database) must show there too.
   */
  public UserMessages.Shown getProblem() {
    getOperators();
    getOffices();
    return problem;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public OperatorRole getRole() {
    return role;
  }

  public void setRole(OperatorRole role) {
    this.role = role;
  }

  public Long getCounterOfficeId() {
    return counterOfficeId;
  }

  public void setCounterOfficeId(Long counterOfficeId) {
    this.counterOfficeId = counterOfficeId;
  }

  public Long getTargetId() {
    return targetId;
  }

  public void setTargetId(Long targetId) {
    this.targetId = targetId;
  }

  public OperatorRole getNewRole() {
    return newRole;
  }

  public void setNewRole(OperatorRole newRole) {
    this.newRole = newRole;
  }

  public Long getNewCounterOfficeId() {
    return newCounterOfficeId;
  }

  public void setNewCounterOfficeId(Long newCounterOfficeId) {
    this.newCounterOfficeId = newCounterOfficeId;
  }
}
