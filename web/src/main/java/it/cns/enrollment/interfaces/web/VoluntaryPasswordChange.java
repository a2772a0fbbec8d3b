package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.credentials.TraditionalLoginService;
import it.cns.enrollment.application.security.Caller;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * The voluntary password change from the personal area, for the citizen logged in (with the card or
 * with PIN and password). It lives under the area, so it is served on the listener the citizen is
 * on: a form posted on the smartcard listener may not be redirected to the public one (CSP
 * form-action), which is what made the earlier link hang. It asks for the current password, so an
 * open session alone changes nothing; wrong attempts count towards the lock as at login.
 */
@Named("cambioPasswordArea")
@ViewScoped
public class VoluntaryPasswordChange extends PasswordChangeForm {

  private static final long serialVersionUID = 1L;

  @EJB private TraditionalLoginService logins;
  @Inject private CitizenSession session;
  @Inject private Caller caller;

  /** f:viewAction: only a logged-in citizen changes a password here. */
  public void load() throws IOException {
    if (!session.isAuthenticated()) {
      var context = FacesContext.getCurrentInstance().getExternalContext();
      context.redirect(Listener.PUBLIC.url((HttpServletRequest) context.getRequest(), "/"));
    }
  }

  @Override
  protected String elsewhere() {
    return session.isAuthenticated() ? null : "/index.xhtml?faces-redirect=true";
  }

  @Override
  protected String bundle() {
    return "it.cns.enrollment.interfaces.web.Pages";
  }

  @Override
  protected boolean submit(char[] current, char[] next) {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    caller.enter(session.actor(), Listener.of(request).channel());
    logins.changePassword(session.getCodiceFiscale(), current, next);
    return true;
  }
}
