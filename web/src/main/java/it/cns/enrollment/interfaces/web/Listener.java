package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.port.ListenerPorts;
import it.cns.enrollment.application.port.PublicUrls;
import it.cns.enrollment.domain.audit.Channel;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;

/**
 * The HTTPS listeners, recognised by the local port a request arrived on. Ports come from the same
 * settings the server configuration reads (CNS_*_PORT, CNS_PORT_OFFSET), so the two cannot
 * disagree; {@link WebSettings} hands them over once at start-up, before any request.
 */
public enum Listener {
  PUBLIC,
  SMARTCARD,
  PARTNER,
  /** Plain HTTP: only ever answered with a redirect to the public listener. */
  HTTP,
  UNKNOWN;

  // Static because filters and links ask statically; set once per deployment, then only read.
  private static volatile ListenerPorts configured;

  private static volatile PublicUrls configuredUrls;

  /** Sets the ports and addresses read at deployment. */
  static void use(ListenerPorts ports, PublicUrls urls) {
    configured = Objects.requireNonNull(ports, "ports are required");
    configuredUrls = Objects.requireNonNull(urls, "urls are required");
  }

  private static PublicUrls urls() {
    PublicUrls urls = configuredUrls;
    if (urls == null) {
      throw new IllegalStateException("public URLs not set: WebSettings sets them at start-up");
    }
    return urls;
  }

  private static ListenerPorts ports() {
    ListenerPorts ports = configured;
    if (ports == null) {
      throw new IllegalStateException("listener ports not set: WebSettings sets them at start-up");
    }
    return ports;
  }

  /** The port this listener is bound to. */
  int port(ListenerPorts ports) {
    return switch (this) {
      case PUBLIC -> ports.boundPublic();
      case SMARTCARD -> ports.boundSmartcard();
      case PARTNER -> ports.boundPartner();
      case HTTP -> ports.boundHttp();
      case UNKNOWN -> -1;
    };
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

  /**
   * An absolute URL of a path on this listener, at its configured address: never from the Host
   * header, which the client writes. The partner and plain HTTP listeners have no pages of their
   * own; a path there means the public site.
   */
  public String url(HttpServletRequest request, String path) {
    return base() + request.getContextPath() + path;
  }

  /** This listener's configured address, {@code https://host[:port]}. */
  String base() {
    PublicUrls urls = urls();
    return this == SMARTCARD ? urls.smartcardUrl() : urls.publicUrl();
  }

  /** Which listener a request came through. */
  public static Listener ofLocalPort(int localPort) {
    return ofLocalPort(localPort, ports());
  }

  static Listener ofLocalPort(int localPort, ListenerPorts ports) {
    for (Listener l : values()) {
      if (l != UNKNOWN && l.port(ports) == localPort) {
        return l;
      }
    }
    return UNKNOWN;
  }
}
