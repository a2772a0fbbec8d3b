package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.credentials.TraditionalLoginService;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.Channel;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The forced password change after the first traditional login (or when the password expired).
 * Remembers only whose password must change, between the login and the change; never a password.
 */
@Named
@SessionScoped
public class PasswordChange extends PasswordChangeForm {

  private static final long serialVersionUID = 1L;

  @EJB private TraditionalLoginService logins;
  @Inject Caller caller;

  private String pendingFor;

  void require(String codiceFiscale) {
    ((jakarta.servlet.http.HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest())
        .changeSessionId();
    pendingFor = codiceFiscale;
    reset();
  }

  public boolean isPending() {
    return pendingFor != null;
  }

  @Override
  protected String elsewhere() {
    return pendingFor == null ? "/login/login.xhtml?faces-redirect=true" : null;
  }

  @Override
  protected String bundle() {
    return "it.cns.enrollment.interfaces.web.Pages";
  }

  @Override
  protected boolean submit(char[] current, char[] next) {
    caller.enter(Actor.Citizen.claiming(pendingFor), Channel.PUBLIC);
    logins.changePassword(pendingFor, current, next);
    pendingFor = null;
    return true;
  }
}
