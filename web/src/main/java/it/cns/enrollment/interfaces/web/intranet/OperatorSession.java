package it.cns.enrollment.interfaces.web.intranet;

import it.cns.enrollment.application.security.OperatorIdentity;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The operator or supervisor logged in to the intranet, for pages and beans: who, with which role,
 * at which counter office, and whether the password must be changed before anything else. Never a
 * secret. Filled at login (under a new session id) and emptied with the session at logout.
 *
 * <p>For pages only: the application services know who is asking from the container's principal
 * (the request's {@code Caller}, filled by {@link IntranetGate}), not from this session.
 */
@Named("operatorSession")
@SessionScoped
public class OperatorSession implements Serializable {

  private static final long serialVersionUID = 1L;

  private OperatorIdentity identity;

  void start(OperatorIdentity who) {
    identity = who;
  }

  /** After the password change: same person, no change due any more. */
  void passwordChanged(OperatorIdentity who) {
    identity = who;
  }

  public boolean isLoggedIn() {
    return identity != null;
  }

  /** The logged-in identity, or null. */
  public OperatorIdentity identity() {
    return identity;
  }

  public String getUsername() {
    return identity == null ? null : identity.username();
  }

  public String getDisplayName() {
    return identity == null ? null : identity.displayName();
  }

  public boolean isSupervisor() {
    return identity != null && identity.isSupervisor();
  }

  /** The role's name (OPERATOR, SUPERVISOR), e.g. for a bundle key; null when not logged in. */
  public String getRole() {
    return identity == null ? null : identity.role().name();
  }

  /** The operator's counter office; null for a supervisor without one. */
  public Long getCounterOfficeId() {
    return identity == null ? null : identity.counterOfficeId();
  }

  public String getCounterOfficeName() {
    return identity == null ? null : identity.counterOfficeName();
  }

  public boolean isMustChangePassword() {
    return identity != null && identity.mustChangePassword();
  }
}
