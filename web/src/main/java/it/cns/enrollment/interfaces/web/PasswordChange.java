package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.Caller;
import it.cns.enrollment.application.TraditionalLoginService;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.Channel;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The forced password change after the first traditional login (or when the password expired).
 * Remembers only whose password must change, between the login and the change; never a password.
 */
@Named
@SessionScoped
public class PasswordChange implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient TraditionalLoginService logins;
  @Inject Caller caller;

  private String pendingFor;
  private transient String current;
  private transient String next;
  private transient String repeat;
  private UserMessages.Shown problem;
  private boolean done;

  void require(String codiceFiscale) {
    ((jakarta.servlet.http.HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest())
        .changeSessionId();
    pendingFor = codiceFiscale;
    done = false;
  }

  public boolean isPending() {
    return pendingFor != null;
  }

  public String change() {
    problem = null;
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    if (pendingFor == null) {
      return "/login/login.xhtml?faces-redirect=true";
    }
    if (next == null || !next.equals(repeat)) {
      problem =
          new UserMessages.Shown(
              "PASSWORD_MISMATCH",
              ResourceBundle.getBundle("it.cns.enrollment.interfaces.web.Pages", locale)
                  .getString("change.mismatch"));
      return null;
    }
    char[] c = TraditionalLogin.chars(current);
    char[] n = TraditionalLogin.chars(next);
    try {
      caller.enter(Actor.Citizen.claiming(pendingFor), Channel.PUBLIC);
      logins.changePassword(pendingFor, c, n);
      pendingFor = null;
      done = true;
      return null;
    } catch (RuntimeException e) {
      problem = UserMessages.of(e, locale);
      return null;
    } finally {
      Arrays.fill(c, '\0');
      Arrays.fill(n, '\0');
      current = null;
      next = null;
      repeat = null;
    }
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
