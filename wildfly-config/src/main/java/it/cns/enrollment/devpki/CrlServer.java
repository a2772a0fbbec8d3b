package it.cns.enrollment.devpki;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A CRL distribution point for tests: plain HTTP on 127.0.0.1 with an ephemeral port, serving DER
 * CRLs by name at {@code /crl/<name>}. The URL is known before the CRL exists, so it can be put in
 * certificates first. It can be made slow or down, and counts requests.
 */
public final class CrlServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(daemon("crl-server"));
  private final Map<String, byte[]> crls = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private volatile Duration delay = Duration.ZERO;
  private volatile boolean down;

  private CrlServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/crl/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public static CrlServer start() {
    try {
      return new CrlServer();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the CRL server", e);
    }
  }

  /** Where the CRL called {@code name} is (or will be) served. */
  public String url(String name) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/crl/" + name;
  }

  /** Serves {@code crl} under {@code name}, replacing what was there; returns its URL. */
  public String publish(String name, X509CRL crl) {
    try {
      return publish(name, crl.getEncoded());
    } catch (CRLException e) {
      throw new IllegalStateException("cannot encode CRL", e);
    }
  }

  /** Serves raw bytes under {@code name} (e.g. garbage, or an oversized body). */
  public String publish(String name, byte[] body) {
    crls.put(Objects.requireNonNull(name, "name"), body.clone());
    return url(name);
  }

  /** Every answer waits this long first (to exceed a client's read timeout). */
  public void setDelay(Duration delay) {
    this.delay = Objects.requireNonNull(delay, "delay");
  }

  /** While down, every request gets HTTP 503. */
  public void setDown(boolean down) {
    this.down = down;
  }

  /** Requests received for {@code name}, whatever the answer. */
  public int requestCount(String name) {
    AtomicInteger count = requests.get(name);
    return count == null ? 0 : count.get();
  }

  public void resetCounts() {
    requests.clear();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String name = exchange.getRequestURI().getPath().substring("/crl/".length());
      requests.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
      sleep(delay);
      byte[] body = crls.get(name);
      if (down || body == null || !"GET".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(down ? 503 : body == null ? 404 : 405, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "application/pkix-crl");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (IOException e) {
      // The client gave up (timeout); nothing to do.
    }
  }

  static void sleep(Duration delay) {
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
