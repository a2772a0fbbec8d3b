package it.cns.enrollment.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * Browser-side protections for every page: a strict Content-Security-Policy (no inline script or
 * style, no framing), HSTS, no caching of pages (they show personal data and, once, credentials), a
 * same-origin check on state-changing requests on top of JSF's per-view token, and no Faces
 * postback other than a POST.
 */
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (isPostbackByOtherMethodThanPost(req)) {
      // Faces treats any request with a view state as a postback and runs its action: a GET would
      // skip the origin check below and put passwords in URLs and logs.
      res.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    if (isStateChanging(req) && !sameOrigin(req)) {
      req.setAttribute(ErrorPage.CROSS_SITE, Boolean.TRUE);
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    res.setHeader("Content-Security-Policy", CSP);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    // Not "no-referrer": under it Chromium sends "Origin: null" on form posts, which the
    // same-origin check below must refuse. Same-origin keeps URLs from leaving the site.
    res.setHeader("Referrer-Policy", "same-origin");
    if (req.isSecure()) {
      res.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    if (!isStaticResource(req)) {
      res.setHeader("Cache-Control", "no-store");
      res.setHeader("Pragma", "no-cache");
    }
    chain.doFilter(req, res);
  }

  static final String VIEW_STATE = "jakarta.faces.ViewState";

  private static boolean isPostbackByOtherMethodThanPost(HttpServletRequest req) {
    // Only the query is parsed here (no body for these methods): the parameter map also finds a
    // name written with escapes, as Faces would.
    return !req.getMethod().equalsIgnoreCase("POST")
        && req.getQueryString() != null
        && req.getParameterMap().containsKey(VIEW_STATE);
  }

  private static boolean isStateChanging(HttpServletRequest req) {
    String method = req.getMethod().toUpperCase(Locale.ROOT);
    return !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
  }

  /**
   * A cross-site form post carries a foreign Origin (or Referer): refused. A request with neither
   * header (machine clients, the SOAP partners) is left to the other checks: JSF's view token for
   * pages, mutual TLS for the partner API.
   */
  static boolean sameOrigin(HttpServletRequest req) {
    String origin = req.getHeader("Origin");
    String source = origin != null && !origin.equals("null") ? origin : req.getHeader("Referer");
    if (source == null) {
      // No claim at all is left to the other checks; an opaque "null" origin is refused.
      return origin == null;
    }
    try {
      URI uri = URI.create(source);
      int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
      return req.getScheme().equalsIgnoreCase(uri.getScheme())
          && req.getServerName().equalsIgnoreCase(uri.getHost())
          && req.getServerPort() == port;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isStaticResource(HttpServletRequest req) {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    return path.startsWith("/resources/") || path.startsWith("/jakarta.faces.resource/");
  }
}
