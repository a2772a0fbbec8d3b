package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.domain.audit.Channel;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.function.Function;

/**
 * The HTTPS listeners, recognised by the local port a request arrived on. Ports come from the same
 * environment variables the server configuration reads (CNS_*_PORT, CNS_PORT_OFFSET), so the two
 * cannot disagree.
 */
public enum Listener {
  PUBLIC("CNS_PUBLIC_PORT", 8443),
  SMARTCARD("CNS_SMARTCARD_PORT", 8444),
  PARTNER("CNS_PARTNER_PORT", 8445),
  /** Plain HTTP: only ever answered with a redirect to the public listener. */
  HTTP("CNS_HTTP_PORT", 8080),
  UNKNOWN(null, -1);

  private final String portVariable;
  private final int defaultPort;

  Listener(String portVariable, int defaultPort) {
    this.portVariable = portVariable;
    this.defaultPort = defaultPort;
  }

  /** The port this listener is bound to, given the environment. */
  int port(Function<String, String> env) {
    int offset = parse(env.apply("CNS_PORT_OFFSET"), 0);
    return parse(env.apply(portVariable), defaultPort) + offset;
  }

  /** Which listener this request came through. */
  public static Listener of(HttpServletRequest request) {
    return ofLocalPort(request.getLocalPort());
  }

  /** The audit channel of requests through this listener. */
  public Channel channel() {
    return switch (this) {
      case SMARTCARD -> Channel.SMARTCARD;
      case PARTNER -> Channel.PARTNER;
      default -> Channel.PUBLIC;
    };
  }

  /** An absolute URL of a path on this listener, on the host the request was addressed to. */
  public String url(HttpServletRequest request, String path) {
    String host = request.getServerName();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return "https://" + host + ":" + port(System::getenv) + request.getContextPath() + path;
  }

  /** Which listener a request came through. */
  public static Listener ofLocalPort(int localPort) {
    return ofLocalPort(localPort, System::getenv);
  }

  static Listener ofLocalPort(int localPort, Function<String, String> env) {
    for (Listener l : values()) {
      if (l != UNKNOWN && l.port(env) == localPort) {
        return l;
      }
    }
    return UNKNOWN;
  }

  static Listener ofLocalPort(int localPort, Map<String, String> env) {
    return ofLocalPort(localPort, env::get);
  }

  private static int parse(String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
