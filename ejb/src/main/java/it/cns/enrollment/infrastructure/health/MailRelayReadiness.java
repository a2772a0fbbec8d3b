package it.cns.enrollment.infrastructure.health;

import it.cns.enrollment.infrastructure.mail.SmtpMailSender;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Session;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The SMTP relay, as a DEGRADED check: always UP, with {@code relay=unreachable} and {@code
 * degraded=true} when a TCP connection cannot be opened. The outbox keeps mails and retries them,
 * so an unreachable relay delays mails but does not stop this node serving: taking it out of the
 * balancer would only turn a delay into an outage. Alert on the outbox metrics instead.
 */
@ApplicationScoped
public class MailRelayReadiness implements HealthCheck {

  static final String NAME = "mail-relay";
  private static final int CONNECT_TIMEOUT_MS = 2000;

  @Resource(lookup = SmtpMailSender.SESSION)
  Session session;

  @Override
  public HealthCheckResponse call() {
    String host = session.getProperty("mail.smtp.host");
    int port = port(session.getProperty("mail.smtp.port"));
    boolean reachable = reachable(host, port);
    return Verdicts.of(
        NAME,
        true,
        Map.of("relay", reachable ? "reachable" : "unreachable", "degraded", !reachable));
  }

  private static int port(String value) {
    try {
      return value == null ? 25 : Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return 25;
    }
  }

  static boolean reachable(String host, int port) {
    if (host == null || host.isBlank()) {
      return false;
    }
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
