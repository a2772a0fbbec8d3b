package it.cns.enrollment.interfaces.web;

/** Which listener serves which paths. */
final class PathPolicy {

  static final String PARTNER_PREFIX = "/partner/";
  static final String SMARTCARD_PREFIX = "/smartcard/";

  /**
   * The counter agent's endpoint (issue #18 item 4): mutual TLS with the operator's workstation
   * certificate, which only the partner listener asks for.
   */
  static final String AGENT_PREFIX = "/agente/";

  /**
   * The logged-out page: shown on the listener the citizen logged out from, because a form post may
   * not be redirected to another origin (CSP form-action).
   */
  static final String LOGGED_OUT_PAGE = "/uscita.xhtml";

  /** The personal area: reached after a smartcard login or a traditional one. */
  static final String AREA_PREFIX = "/area/";

  // Stylesheets and scripts are needed by the pages of both the public and smartcard listeners.
  private static final String[] SHARED_STATIC = {"/resources/", "/jakarta.faces.resource/"};

  private PathPolicy() {}

  static boolean allows(Listener listener, String path) {
    return switch (listener) {
      case PARTNER -> path.startsWith(PARTNER_PREFIX) || path.startsWith(AGENT_PREFIX);
      case SMARTCARD ->
          path.startsWith(SMARTCARD_PREFIX)
              || path.startsWith(AREA_PREFIX)
              || path.equals(LOGGED_OUT_PAGE)
              || isSharedStatic(path);
      case PUBLIC, HTTP ->
          !path.startsWith(PARTNER_PREFIX)
              && !path.startsWith(SMARTCARD_PREFIX)
              && !path.startsWith(AGENT_PREFIX);
      case UNKNOWN -> false;
    };
  }

  private static boolean isSharedStatic(String path) {
    for (String prefix : SHARED_STATIC) {
      if (path.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
