package it.cns.enrollment.interfaces.web.intranet;

import it.cns.enrollment.application.credentials.OperatorLoginService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Intranet logout that really ends the session: audited (OPERATOR_LOGOUT), the container's login
 * ended, the session invalidated (with the caller kept in it), the cookie expired, and the login
 * page says so.
 */
@Named
@RequestScoped
public class OperatorLogout {

  /** The login page's {@code esito} parameter after a logout. */
  static final String LOGGED_OUT = "uscita";

  /** ... after the account got locked during the session. */
  static final String LOCKED = "bloccato";

  @EJB OperatorLoginService logins;
  @Inject OperatorSession session;

  public void logout() throws IOException {
    if (session.isLoggedIn()) {
      logins.logout();
    }
    end(LOGGED_OUT);
  }

  /** Ends the session and sends the browser to the login page with {@code outcome}. */
  void end(String outcome) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext context = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) context.getRequest();
    HttpServletResponse response = (HttpServletResponse) context.getResponse();
    try {
      request.logout();
    } catch (ServletException e) {
      // The session is invalidated below either way, and with it the caller.
    }
    context.invalidateSession();
    Cookie expired = new Cookie("JSESSIONID", "");
    expired.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    expired.setMaxAge(0);
    expired.setSecure(true);
    expired.setHttpOnly(true);
    response.addCookie(expired);
    context.redirect(
        request.getContextPath() + IntranetAuthentication.LOGIN_PAGE + "?esito=" + outcome);
    faces.responseComplete();
  }
}
