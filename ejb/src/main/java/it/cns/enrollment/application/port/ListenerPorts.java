package it.cns.enrollment.application.port;

/**
 * The ports the server binds its HTTPS and HTTP listeners to, offset included: read by {@code
 * infrastructure.config} from the same settings the server configuration reads ({@code CNS_*_PORT},
 * {@code CNS_PORT_OFFSET}), so the two cannot disagree, and handed to the web layer, which tells
 * the listeners apart by port.
 */
public record ListenerPorts(
    int publicPort, int smartcardPort, int partnerPort, int httpPort, int offset) {

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
