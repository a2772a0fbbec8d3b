package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.security.Caller;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The one place that decides which paths each listener serves: a path requested through the wrong
 * listener answers 404, as if it did not exist there. A citizen's card on the partner port, or a
 * partner certificate on the smartcard port, reaches nothing. Mapped in web.xml, first in the
 * chain; the server configuration (40-listeners.cli) holds the same rule as Undertow predicates, so
 * a mistake in one layer is caught by the other.
 *
 * <p>The decision is taken on the path the container will dispatch (servlet path and path info,
 * decoded and normalised), never on the raw URI; and a raw URI that normalisation would change
 * (path parameters, dot segments, '//', encoded separators) is refused with 400 before that, so the
 * two can never disagree.
 */
public class ListenerGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private transient Caller caller;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    // First of all: login throttling and the audit trail count by the client's address (behind
    // HAProxy with CNS_PROXY_PROTOCOL, the client's, from the PROXY header).
    caller.arrivedFrom(req.getRemoteAddr());
    String raw = req.getRequestURI();
    if (!RequestPath.isCanonical(raw)) {
      res.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Listener listener = Listener.ofLocalPort(req.getLocalPort());
    if (listener == Listener.HTTP) {
      // Plain HTTP only ever redirects, to the configured public address (not the Host header).
      String query = req.getQueryString();
      res.sendRedirect(
          Listener.PUBLIC.url(req, dispatchedPath(req)) + (query == null ? "" : "?" + query));
      return;
    }
    if (PathPolicy.allows(listener, dispatchedPath(req))) {
      chain.doFilter(req, new AbsoluteRedirects(req, res, listener));
    } else {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  /**
   * Makes every redirect the application sends (Faces navigation, the pages' own) absolute on the
   * listener's configured address: the container would otherwise complete a relative one with the
   * request's Host header, which the client writes.
   */
  static final class AbsoluteRedirects extends HttpServletResponseWrapper {

    private final HttpServletRequest request;
    private final Listener listener;

    AbsoluteRedirects(HttpServletRequest request, HttpServletResponse response, Listener listener) {
      super(response);
      this.request = request;
      this.listener = listener;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      super.sendRedirect(absolute(location));
    }

    String absolute(String location) {
      URI target;
      try {
        target = new URI(location);
      } catch (URISyntaxException e) {
        // Not a URI this code would write: left to the container as it was.
        return location;
      }
      if (target.isAbsolute() || location.startsWith("//")) {
        return location;
      }
      return URI.create(listener.base() + request.getRequestURI()).resolve(target).toString();
    }
  }

  /** The context-relative path the container routes on. */
  public static String dispatchedPath(HttpServletRequest req) {
    String servletPath = req.getServletPath();
    String pathInfo = req.getPathInfo();
    String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
    return path.isEmpty() ? "/" : path;
  }
}
