package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.card.CitizenLogin;
import it.cns.enrollment.application.card.SmartcardLoginService;
import it.cns.enrollment.application.security.Caller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Logout that really ends the session: recorded, the server session invalidated, the session cookie
 * expired, and a page that tells the citizen to close the browser and remove the card (a TLS
 * session with the card can outlive the web session in the browser), or only to close the browser
 * after a PIN-and-password login.
 */
@Named
@RequestScoped
public class Logout {

  /** The logged-out page's query after a PIN-and-password login. */
  static final String PASSWORD_LOGIN = "accesso=password";

  @EJB SmartcardLoginService logins;
  @Inject CitizenSession session;
  @Inject Caller caller;

  public void logout() throws IOException {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) context.getRequest();
    HttpServletResponse response = (HttpServletResponse) context.getResponse();
    // Whoever logged in with PIN and password has no card to remove: the page says so.
    boolean byPassword =
        session.isAuthenticated() && session.getLogin().method() == CitizenLogin.Method.PASSWORD;
    if (session.isAuthenticated()) {
      caller.enter(session.actor(), Listener.of(request).channel());
      logins.logout();
    }
    context.invalidateSession();
    Cookie expired = new Cookie("JSESSIONID", "");
    expired.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    expired.setMaxAge(0);
    expired.setSecure(true);
    expired.setHttpOnly(true);
    response.addCookie(expired);
    context.redirect(
        request.getContextPath()
            + PathPolicy.LOGGED_OUT_PAGE
            + (byPassword ? "?" + PASSWORD_LOGIN : ""));
    FacesContext.getCurrentInstance().responseComplete();
  }
}
