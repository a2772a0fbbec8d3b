package it.cns.enrollment.infrastructure.config;

import static it.cns.enrollment.infrastructure.config.Setting.CNS_HTTP_PORT;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_PARTNER_PORT;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_PORT_OFFSET;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_PUBLIC_PORT;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_SMARTCARD_PORT;

/**
 * The ports the server binds its listeners to, offset included: the same settings its configuration
 * reads ({@code CNS_*_PORT}, {@code CNS_PORT_OFFSET}), so the two cannot disagree.
 */
public record ListenerPorts(
    int publicPort, int smartcardPort, int partnerPort, int httpPort, int offset) {

  public static ListenerPorts from(Settings settings) {
    return new ListenerPorts(
        settings.port(CNS_PUBLIC_PORT),
        settings.port(CNS_SMARTCARD_PORT),
        settings.port(CNS_PARTNER_PORT),
        settings.port(CNS_HTTP_PORT),
        settings.port(CNS_PORT_OFFSET));
  }

  /** The public HTTPS port as bound, offset included. */
  public int boundPublic() {
    return publicPort + offset;
  }

  public int boundSmartcard() {
    return smartcardPort + offset;
  }

  public int boundPartner() {
    return partnerPort + offset;
  }

  public int boundHttp() {
    return httpPort + offset;
  }
}
