package it.cns.enrollment.interfaces.web;

/**
 * The raw request path, as the client sent it, judged before any routing decision. A browser or an
 * HTTP library never sends a path parameter, a dot segment, an empty segment or an escape in the
 * paths this application serves (all plain ASCII): each is a way of making the string a filter
 * looks at differ from the path the container dispatches, so each is refused outright instead of
 * being normalised. The server configuration (40-listeners.cli) refuses the same set.
 */
final class RequestPath {

  private RequestPath() {}

  /**
   * Whether {@code rawPath} (the request URI without query, not decoded) is in the one form the
   * container dispatches unchanged.
   */
  static boolean isCanonical(String rawPath) {
    if (rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/') {
      return false;
    }
    for (int i = 0; i < rawPath.length(); i++) {
      char c = rawPath.charAt(i);
      // ';' starts a path parameter (containers drop it when routing); '\\' is a separator on some
      // stacks; '%' would be decoded after the check; control characters and non-ASCII never come
      // from a well-formed link to this application.
      if (c == ';' || c == '\\' || c == '%' || c < 0x21 || c > 0x7e) {
        return false;
      }
    }
    // Empty segments ('//') and dot segments are routed after normalisation: refuse them.
    for (String segment : rawPath.substring(1).split("/", -1)) {
      if (segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return !rawPath.contains("//");
  }
}
