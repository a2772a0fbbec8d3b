package it.cns.enrollment.interfaces.web.intranet;

import it.cns.enrollment.application.OperatorIdentity;
import it.cns.enrollment.application.OperatorLoginService;
import it.cns.enrollment.domain.credential.PasswordPolicy;
import it.cns.enrollment.domain.error.EnrollmentException;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.interfaces.web.UserMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The operator's own password change: required after the first login (and after a supervisor issued
 * a new password, or 90 days), possible at any time. A wrong current password counts towards the
 * lockout; when it locks the account, the session ends.
 */
@Named
@RequestScoped
public class OperatorPasswordChange {

  @EJB OperatorLoginService logins;
  @Inject OperatorSession session;
  @Inject OperatorLogout logout;

  private String current;
  private String next;
  private String repeat;
  private UserMessages.Shown problem;
  private boolean done;

  public String change() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces.getViewRoot().getLocale();
    if (next == null || !next.equals(repeat)) {
      problem =
          new UserMessages.Shown(
              "PASSWORD_MISMATCH",
              ResourceBundle.getBundle("it.cns.enrollment.interfaces.web.intranet.Intranet", locale)
                  .getString("change.mismatch"));
      clear();
      return null;
    }
    char[] c = chars(current);
    char[] n = chars(next);
    try {
      OperatorIdentity who = logins.changePassword(c, n);
      session.passwordChanged(who);
      done = true;
      return null;
    } catch (EnrollmentException e) {
      if (e.code() == ErrorCode.OPERATOR_LOCKED) {
        logout.end(OperatorLogout.LOCKED);
        return null;
      }
      problem = UserMessages.of(e, locale);
      return null;
    } catch (RuntimeException e) {
      problem = UserMessages.of(e, locale);
      return null;
    } finally {
      Arrays.fill(c, '\0');
      Arrays.fill(n, '\0');
      clear();
    }
  }

  private void clear() {
    current = null;
    next = null;
    repeat = null;
  }

  private static char[] chars(String s) {
    return s == null ? new char[0] : s.toCharArray();
  }

  /** The special characters a password may contain, for the rules shown on the page. */
  public String getAllowedSpecials() {
    return PasswordPolicy.ALLOWED_SPECIALS;
  }

  public boolean isDone() {
    return done;
  }

  public UserMessages.Shown getProblem() {
    return problem;
  }

  public String getCurrent() {
    return null;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getNext() {
    return null;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getRepeat() {
    return null;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }
}
