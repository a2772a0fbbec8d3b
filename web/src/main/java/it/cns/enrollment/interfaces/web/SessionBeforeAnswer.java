package it.cns.enrollment.interfaces.web;

import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * A page the browser holds must be one every node of a cluster can continue (issue #14): the
 * request's session changes are stored before the answer is complete, not after.
 *
 * <p>Why: Undertow ends a request by writing the rest of the answer and closing it, and only then
 * ends the session's part of the request ({@code HttpServletResponseImpl.responseDone}: {@code
 * closeStreamAndWriter}, then {@code ServletContextImpl.updateSessionAccessTime}); that is where
 * WildFly's distributable session manager commits the request's changes and, on a cluster node,
 * replicates them (synchronously) to the others. A node killed between the two leaves the others
 * with the session one request behind: the browser shows the wizard's summary, but the view state
 * that page posts and the {@code @ViewScoped} wizard at step 3 never left the dead node, and the
 * confirmation on the survivor is refused as an expired view. With one node the order is harmless;
 * on a cluster the race is short and real (ClusterFailoverIT lost it in a CI run, not in a quiet
 * one). A redirect has the same order inside {@code sendRedirect}: the 302 leaves, then the session
 * is stored; a node killed between the two sends the browser to a page whose state (the wizard's
 * outcome, the codes' first halves) died with it.
 *
 * <p>What: first in the chain, after the application has answered, this filter ends the session's
 * part of the request itself, through Undertow's own call; the container's call afterwards finds it
 * done and does nothing (WildFly's session runs its close task once). The answer's last bytes, kept
 * in the response buffer until the container closes it, leave only once the other nodes have the
 * session. A redirect does the same just before the container completes it ({@link
 * SessionBeforeRedirect}). Left to the container: requests without a session, asynchronous ones, an
 * error about to be dispatched to the error page (which still reads the session), and other answers
 * the application completed itself (a download), where the container has ended the session's part
 * already.
 */
public class SessionBeforeAnswer extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(req, new SessionBeforeRedirect(req, res, SessionBeforeAnswer::endSessionPart));
    if (req.isAsyncStarted() || res.getStatus() >= 400 || req.getSession(false) == null) {
      return;
    }
    endSessionPart();
  }

  /** Undertow's end of the request's session part: commit and, on a cluster, replication. */
  private static void endSessionPart() {
    ServletRequestContext request = ServletRequestContext.current();
    if (request == null || request.getExchange().isResponseComplete()) {
      return;
    }
    request.getCurrentServletContext().updateSessionAccessTime(request.getExchange());
  }

  /**
   * Stores the session before the container writes a redirect: the wizard's confirmation and the
   * logins answer with one (post-redirect-get), and the page it leads to reads what the request put
   * in the session. Nothing touches the session between the two calls, and after {@code
   * sendRedirect} the container would have ended the session's part anyway: the only change is that
   * the 302 now leaves after the other nodes have the session. A response already committed is left
   * alone: the container refuses the redirect, and the error page may still read the session.
   */
  static final class SessionBeforeRedirect extends HttpServletResponseWrapper {

    private final HttpServletRequest request;
    private final Runnable endSessionPart;

    SessionBeforeRedirect(
        HttpServletRequest request, HttpServletResponse response, Runnable endSessionPart) {
      super(response);
      this.request = request;
      this.endSessionPart = endSessionPart;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      if (!isCommitted() && request.getSession(false) != null) {
        endSessionPart.run();
      }
      super.sendRedirect(location);
    }
  }
}
