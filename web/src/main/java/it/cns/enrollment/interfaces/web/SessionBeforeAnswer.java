package it.cns.enrollment.interfaces.web;

import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
 * one).
 *
 * <p>What: first in the chain, after the application has answered, this filter ends the session's
 * part of the request itself, through Undertow's own call; the container's call afterwards finds it
 * done and does nothing. The answer's last bytes, kept in the response buffer until the container
 * closes it, leave only once the other nodes have the session. Left to the container: requests
 * without a session, asynchronous ones, an error about to be dispatched to the error page (which
 * still reads the session), and answers the application completed itself (a redirect, a download),
 * where the container has ended the session's part already.
 */
public class SessionBeforeAnswer extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(req, res);
    if (req.isAsyncStarted() || res.getStatus() >= 400 || req.getSession(false) == null) {
      return;
    }
    ServletRequestContext request = ServletRequestContext.current();
    if (request == null || request.getExchange().isResponseComplete()) {
      return;
    }
    request.getCurrentServletContext().updateSessionAccessTime(request.getExchange());
  }
}
