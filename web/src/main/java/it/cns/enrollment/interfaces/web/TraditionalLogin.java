package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.card.CitizenLogin;
import it.cns.enrollment.application.credentials.LoginOutcome;
import it.cns.enrollment.application.credentials.TraditionalLoginService;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.domain.account.AccountType;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.Channel;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;

/**
 * Traditional login on the public listener: codice fiscale, password and PIN. The error never says
 * which of the three was wrong. The first login (or an expired password) forces a change.
 */
@Named
@RequestScoped
public class TraditionalLogin {

  @EJB TraditionalLoginService logins;
  @Inject CitizenSession session;
  @Inject PasswordChange change;
  @Inject Caller caller;

  private String codiceFiscale;
  private String password;
  private String pin;
  private UserMessages.Shown problem;

  public String login() {
    char[] pw = chars(password);
    char[] p = chars(pin);
    try {
      // The typed code goes into the audit actor only if it looks like one (no free text).
      caller.enter(Actor.Citizen.claiming(codiceFiscale), Channel.PUBLIC);
      LoginOutcome outcome = logins.login(codiceFiscale, pw, p);
      if (outcome.mustChangePassword()) {
        change.require(outcome.codiceFiscale());
        return "/login/cambio-password.xhtml?faces-redirect=true";
      }
      session.start(
          new CitizenLogin(
              outcome.codiceFiscale(),
              AccountType.FISCONLINE,
              outcome.displayName(),
              CitizenLogin.Method.PASSWORD));
      return "/area/index.xhtml?faces-redirect=true";
    } catch (RuntimeException e) {
      problem = UserMessages.of(e, FacesContext.getCurrentInstance().getViewRoot().getLocale());
      return null;
    } finally {
      Arrays.fill(pw, '\0');
      Arrays.fill(p, '\0');
      password = null;
      pin = null;
    }
  }

  static char[] chars(String s) {
    return s == null ? new char[0] : s.toCharArray();
  }

  public String getCodiceFiscale() {
    return codiceFiscale;
  }

  public void setCodiceFiscale(String codiceFiscale) {
    this.codiceFiscale = codiceFiscale;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPin() {
    return null;
  }

  public void setPin(String pin) {
    this.pin = pin;
  }

  public UserMessages.Shown getProblem() {
    return problem;
  }
}
