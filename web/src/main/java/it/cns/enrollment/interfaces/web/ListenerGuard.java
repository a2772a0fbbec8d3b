package it.cns.enrollment.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The one place that decides which paths each listener serves: a path requested through the wrong
 * listener answers 404, as if it did not exist there. A citizen's card on the partner port, or a
 * partner certificate on the smartcard port, reaches nothing. Mapped in web.xml, first in the
 * chain.
 */
public class ListenerGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    Listener listener = Listener.ofLocalPort(req.getLocalPort());
    String path = req.getRequestURI().substring(req.getContextPath().length());
    if (PathPolicy.allows(listener, path)) {
      chain.doFilter(req, res);
    } else {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
