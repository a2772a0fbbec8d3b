package it.cns.enrollment.interfaces.web.intranet;

import it.cns.enrollment.application.intranet.OperatorStanding;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.operator.OperatorRole;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The intranet's edge. Sets the request's {@link Caller} from the container's principal and role
 * (the Jakarta Security identity, which the EJB tier sees too), once, before any page or service
 * runs. Keeps an operator who must change the password on the change page: until it is changed,
 * every other intranet page redirects there (the application services refuse the work too). A
 * container login without an operator session (which should not happen), or whose account has been
 * locked or disabled since, ends the session. Mapped in web.xml to {@code /intranet/*}, after the
 * listener guard.
 */
public class IntranetGate extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String SUPERVISION_PREFIX = "/intranet/supervisione/";

  @Inject OperatorSession session;
  @Inject Caller caller;
  @EJB OperatorStanding standing;

  /** The supervisors' system status page, still served while the database is away. */
  static final String STATUS_PAGE = "/intranet/supervisione/stato.xhtml";

  private static final Logger LOG = Logger.getLogger(IntranetGate.class.getName());

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    Principal principal = req.getUserPrincipal();
    if (principal != null) {
      caller.enter(
          new Actor.Staff(
              principal.getName(),
              req.isUserInRole(OperatorRole.SUPERVISOR.name())
                  ? OperatorRole.SUPERVISOR
                  : OperatorRole.OPERATOR),
          // The supervision pages are a supervisor's acts; the rest of the intranet counter work.
          path.startsWith(SUPERVISION_PREFIX) ? Channel.SUPERVISION : Channel.COUNTER);
    }
    if (principal != null && !path.equals(IntranetAuthentication.LOGIN_PAGE)) {
      Optional<Boolean> verdict = standing(principal.getName());
      if (verdict.isEmpty()) {
        // The database is away: the account's standing cannot be read. The system status page
        // is what a supervisor opens during an outage and shows no personal data, so the
        // session's container role (checked by web.xml and the service) admits it; every other
        // page is refused as unavailable.
        if (!path.equals(STATUS_PAGE)) {
          res.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
          return;
        }
      }
      if (!session.isLoggedIn() || !verdict.orElse(true)) {
        // No operator session, or the account was locked or disabled since the login: the
        // session ends here, not merely at the next use case.
        HttpSession s = req.getSession(false);
        if (s != null) {
          s.invalidate();
        }
        res.sendRedirect(req.getContextPath() + IntranetAuthentication.LOGIN_PAGE);
        return;
      }
      if (session.isMustChangePassword() && !path.equals(OperatorLogin.CHANGE)) {
        res.sendRedirect(req.getContextPath() + OperatorLogin.CHANGE);
        return;
      }
    }
    chain.doFilter(req, res);
  }

  /** Whether the account may go on; empty when that cannot be read (the database is away). */
  private Optional<Boolean> standing(String username) {
    try {
      return Optional.of(standing.mayContinue(username));
    } catch (EJBException e) {
      LOG.warning(
          () ->
              "intranet standing of "
                  + username
                  + " not read: "
                  + (e.getCause() == null ? e : e.getCause()).getClass().getName());
      return Optional.empty();
    }
  }
}
