package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.port.LegalNotices;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every error answer of the application (web.xml's error pages) in the site's layout, in the
 * request's language, with UTF-8 declared and a way home. A servlet and not a Faces view: an error
 * may come from the Faces lifecycle itself (a forged or expired view state), which an error view
 * would run again.
 *
 * <p>The page says what happened from what the caller left on the request: {@link #CROSS_SITE}
 * (SecurityHeaders refused a foreign origin), {@link #EXPIRED} (a view could not be restored), or
 * else the status and the path: a 403 under the supervision pages is a role refusal.
 */
public class ErrorPage extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The footer links every page of a public administration's site must have (issue #16). */
  @Inject transient LegalNotices notices;

  /** Request attribute: the request was refused as a cross-site request. */
  public static final String CROSS_SITE = ErrorPage.class.getName() + ".crossSite";

  /** Request attribute: the view expired; the page asks to repeat the step. */
  public static final String EXPIRED = ErrorPage.class.getName() + ".expired";

  /** Where web.xml maps this servlet. */
  static final String PATH = "/errore";

  static final String PAGES = "it.cns.enrollment.interfaces.web.Pages";
  static final String SUPERVISION = "/intranet/supervisione/";
  static final String INTRANET_HOME = "/intranet/index.xhtml";

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Kind kind = kindOf(req);
    if (kind != Kind.EXPIRED && statusOf(req) == 0) {
      // Asked for directly, not as an error page: there is nothing here.
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale locale = Language.localeOf(req);
    ResourceBundle texts =
        ResourceBundle.getBundle(PAGES, locale, ErrorPage.class.getClassLoader());
    if (kind == Kind.EXPIRED) {
      // The step was not carried out; not a server failure.
      res.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
    res.setContentType("text/html;charset=UTF-8");
    res.setCharacterEncoding(StandardCharsets.UTF_8.name());
    res.setHeader("Cache-Control", "no-store");
    String key = "error." + kind.key;
    String back =
        kind == Kind.SUPERVISORS_ONLY ? req.getContextPath() + INTRANET_HOME : homeOf(req);
    String backText =
        texts.getString(kind == Kind.SUPERVISORS_ONLY ? "error.toIntranet" : "error.home");
    String again = kind == Kind.EXPIRED ? originOf(req) : null;
    PrintWriter out = res.getWriter();
    String css = req.getContextPath() + "/resources/";
    out.print(
        """
        <!DOCTYPE html>
        <html lang="%s">
        <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>%s - %s</title>
        <link rel="stylesheet" href="%sbootstrap-italia/css/bootstrap-italia.min.css"/>
        <link rel="stylesheet" href="%scss/cns.css"/>
        </head>
        <body>
        <div class="skiplinks"><a class="visually-hidden-focusable" href="#content">%s</a></div>
        <header class="it-header-wrapper"><div class="it-nav-wrapper"><div class="it-header-center-wrapper">
        <div class="container"><div class="row"><div class="col-12">
        <div class="it-header-center-content-wrapper"><div class="it-brand-wrapper">
        <a href="%s"><div class="it-brand-text"><div class="it-brand-title">%s</div>
        <div class="it-brand-tagline d-none d-md-block">%s</div></div></a>
        </div></div></div></div></div></div></div></header>
        <main id="content" tabindex="-1" class="container my-5" data-error="%s">
        <h1>%s</h1>
        <p id="error-text">%s</p>
        """
            .formatted(
                locale.getLanguage(),
                html(texts.getString(key + ".title")),
                html(texts.getString("app.name")),
                css,
                css,
                html(texts.getString("page.skip")),
                html(homeOf(req)),
                html(texts.getString("app.name")),
                html(texts.getString("app.tagline")),
                kind.key,
                html(texts.getString(key + ".title")),
                html(texts.getString(key + ".text"))));
    if (again != null) {
      out.printf(
          "<p><a id=\"error-again\" class=\"btn btn-primary\" href=\"%s\">%s</a></p>%n",
          html(again), html(texts.getString("error.again")));
    }
    out.printf(
        "<p><a id=\"error-home\" href=\"%s\">%s</a></p>%n</main>%n", html(back), html(backText));
    out.printf(
        "<footer class=\"it-footer\"><div class=\"it-footer-main\"><div class=\"container\">"
            + "<p class=\"cns-footer-text py-4\">%s</p></div></div>%n",
        html(texts.getString("page.footer")));
    footerLinks(out, req, texts);
    out.printf("</footer>%n</body>%n</html>%n");
  }

  /** The same small-print links as the templates' legal-links.xhtml. */
  private void footerLinks(PrintWriter out, HttpServletRequest req, ResourceBundle texts) {
    String privacy =
        notices.privacyNoticeUrl().orElseGet(() -> PublicLinks.link(req, PublicLinks.PRIVACY));
    out.printf(
        "<div class=\"it-footer-small-prints clearfix\"><div class=\"container\">"
            + "<nav aria-label=\"%s\"><ul class=\"it-footer-small-prints-list list-inline mb-0"
            + " d-flex flex-column flex-md-row\">%n",
        html(texts.getString("footer.links")));
    footerLink(
        out,
        "footer-accessibility",
        notices.accessibilityStatementUrl(),
        texts,
        "footer.accessibility");
    footerLink(out, "footer-feedback", notices.feedbackUrl(), texts, "footer.feedback");
    footerLink(out, "footer-privacy", privacy, texts, "footer.privacy");
    footerLink(
        out, "footer-legal", PublicLinks.link(req, PublicLinks.LEGAL_NOTES), texts, "footer.legal");
    out.printf("</ul></nav></div></div>%n");
  }

  private static void footerLink(
      PrintWriter out, String id, String href, ResourceBundle texts, String key) {
    out.printf(
        "<li class=\"list-inline-item\"><a id=\"%s\" href=\"%s\">%s</a></li>%n",
        id, html(href), html(texts.getString(key)));
  }

  /** What the page says. */
  enum Kind {
    BAD_REQUEST("badRequest"),
    CROSS_SITE("crossSite"),
    SUPERVISORS_ONLY("supervisorsOnly"),
    FORBIDDEN("forbidden"),
    NOT_FOUND("notFound"),
    METHOD("method"),
    EXPIRED("expired"),
    UNAVAILABLE("unavailable");

    final String key;

    Kind(String key) {
      this.key = key;
    }
  }

  static Kind kindOf(HttpServletRequest req) {
    if (req.getAttribute(EXPIRED) != null || isViewExpired(req)) {
      return Kind.EXPIRED;
    }
    return kindOf(statusOf(req), req.getAttribute(CROSS_SITE) != null, pathOf(req));
  }

  static Kind kindOf(int status, boolean crossSite, String path) {
    return switch (status) {
      case 400 -> Kind.BAD_REQUEST;
      case 403 ->
          crossSite
              ? Kind.CROSS_SITE
              : path != null && path.startsWith(SUPERVISION)
                  ? Kind.SUPERVISORS_ONLY
                  : Kind.FORBIDDEN;
      case 404 -> Kind.NOT_FOUND;
      case 405 -> Kind.METHOD;
      default -> Kind.UNAVAILABLE;
    };
  }

  private static boolean isViewExpired(HttpServletRequest req) {
    Object type = req.getAttribute(RequestDispatcher.ERROR_EXCEPTION_TYPE);
    return type instanceof Class<?> c && c.getName().endsWith("ViewExpiredException");
  }

  private static int statusOf(HttpServletRequest req) {
    Object status = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    return status instanceof Integer i ? i : 0;
  }

  /** The path that failed, without the context path. */
  private static String pathOf(HttpServletRequest req) {
    Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri instanceof String s ? s : req.getRequestURI();
    String context = req.getContextPath();
    return path != null && path.startsWith(context) ? path.substring(context.length()) : path;
  }

  /** The page whose step expired, to open it afresh (a GET, no view state). */
  private static String originOf(HttpServletRequest req) {
    Object uri = req.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    if (uri == null) {
      uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    }
    return uri instanceof String s ? s : homeOf(req);
  }

  /** The landing page: relative where it is served, on the public listener otherwise. */
  private static String homeOf(HttpServletRequest req) {
    return PublicLinks.servesPublicPages(Listener.of(req))
        ? req.getContextPath() + PublicLinks.HOME
        : Listener.PUBLIC.url(req, PublicLinks.HOME);
  }

  static String html(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
