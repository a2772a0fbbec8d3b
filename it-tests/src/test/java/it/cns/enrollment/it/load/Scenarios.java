package it.cns.enrollment.it.load;

import it.cns.enrollment.it.load.ClientTls.CountingKeyManager;
import it.cns.enrollment.it.load.HttpConnection.Response;
import it.cns.enrollment.it.load.LoadRunner.Worker;
import it.cns.enrollment.it.load.LoadRunner.WorkerFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * The benchmark's scenarios and their baselines, as worker factories. Each call checks that the
 * answer is the successful one (a login that did not reach the personal area, a SOAP fault, a
 * baseline that did not see the client certificate: all errors).
 */
public final class Scenarios {

  public static final String HOST = "localhost";
  public static final String ACCEDI = "/smartcard/accedi.xhtml";
  public static final String PARTNER_ENDPOINT = "/partner/v1/enrollment";
  public static final String BASELINE_PAGE = "/bench-baseline/page";
  public static final String BASELINE_ECHO = "/bench-baseline/echo";

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
  private static final Pattern FORM_ACTION =
      Pattern.compile("<form id=\"accedi-form\"[^>]*action=\"([^\"]*)\"");
  private static final Pattern PROBLEM =
      Pattern.compile("id=\"problem\"[^>]*data-code=\"([^\"]*)\"");
  private static final Pattern BUTTON =
      Pattern.compile("name=\"accedi-form:accedi\"[^>]*value=\"([^\"]*)\"");

  private Scenarios() {}

  /** A card prepared before the measurement: its certificate and its key's CMS signature. */
  public interface PreparedCard {
    byte[] certificate();

    /** The CMS SignedData (challenge attached) the card's middleware would make. */
    byte[] sign(byte[] challenge);
  }

  /** A bound card: its key and a TLS client context of its own, built once. */
  public record Card(CountingKeyManager key, SSLContext tls) {}

  /**
   * The bound cards, each in use by one connection at a time: a thread takes a card, and gives it
   * back only after its connection closed and its session was invalidated, so no other connection
   * can be resuming it meanwhile. Needs at least as many cards as threads.
   */
  public static final class CardRing {
    private final java.util.concurrent.ConcurrentLinkedQueue<Card> free;

    public CardRing(ClientTls tls, List<CountingKeyManager> keys) {
      this.free = new java.util.concurrent.ConcurrentLinkedQueue<>();
      keys.forEach(k -> free.add(new Card(k, tls.context(k))));
    }

    Card take() {
      Card card = free.poll();
      if (card == null) {
        throw new IllegalStateException("fewer bound cards than clients");
      }
      return card;
    }

    void giveBack(Card card) {
      free.add(card);
    }
  }

  /**
   * (a) Accedi with the card, each login on a new connection with a full TLS handshake (the
   * previous session of the card's context was invalidated: nothing to resume): GET the page (a
   * transient JSF view: no session yet), POST the form as a browser would (with a session cookie
   * only if the page set one), expect the redirect to the personal area under a session cookie.
   */
  public static WorkerFactory smartcardLogin(CardRing cards, int port, AtomicLong handshakes) {
    String origin = "https://" + HOST + ":" + port;
    return index ->
        () -> {
          Card card = cards.take();
          try (HttpConnection c = HttpConnection.open(card.tls(), HOST, port).forgettingSession()) {
            handshakes.incrementAndGet();
            Response page = c.get(ACCEDI, Map.of("Accept", "text/html"));
            expect(page, 200, "accedi page");
            String html = page.text();
            Optional<String> cookie = sessionCookieOf(page);
            String viewState = group(VIEW_STATE, html, "view state");
            String action = group(FORM_ACTION, html, "form action").replace("&amp;", "&");
            String button = group(BUTTON, html, "button");
            byte[] form =
                ("accedi-form=accedi-form&accedi-form%3Aaccedi="
                        + URLEncoder.encode(button, StandardCharsets.UTF_8)
                        + "&jakarta.faces.ViewState="
                        + URLEncoder.encode(viewState, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.US_ASCII);
            Map<String, String> headers = new HashMap<>();
            headers.put("Content-Type", "application/x-www-form-urlencoded");
            headers.put("Origin", origin);
            cookie.ifPresent(value -> headers.put("Cookie", value));
            headers.put("Accept", "text/html");
            Response login = c.post(action, headers, form);
            if (login.status() == 200) {
              Matcher problem = PROBLEM.matcher(login.text());
              throw new IllegalStateException(
                  "login refused on the page: " + (problem.find() ? problem.group(1) : "?"));
            }
            expect(login, 302, "login");
            String location = login.header("Location");
            if (location == null || !location.contains("/area/index.xhtml")) {
              throw new IllegalStateException("login did not open the area: " + location);
            }
            if (sessionCookieOf(login).isEmpty()) {
              throw new IllegalStateException("login started no session");
            }
          } finally {
            cards.giveBack(card);
          }
        };
  }

  /**
   * Baseline of (a): the same connection shape - new connection, full handshake with the card, a
   * GET then a form POST answered by a redirect - to a bare servlet that only reads the
   * certificate.
   */
  public static WorkerFactory baselineLogin(CardRing cards, int port, AtomicLong handshakes) {
    return index ->
        () -> {
          Card card = cards.take();
          try (HttpConnection c = HttpConnection.open(card.tls(), HOST, port).forgettingSession()) {
            handshakes.incrementAndGet();
            Response page = c.get(BASELINE_PAGE, Map.of("Accept", "text/html"));
            expect(page, 200, "baseline page");
            if (!page.text().contains(card.key().certificate().getSerialNumber().toString(16))) {
              throw new IllegalStateException("baseline did not see the card's certificate");
            }
            Response post =
                c.post(
                    BASELINE_PAGE,
                    Map.of("Content-Type", "application/x-www-form-urlencoded"),
                    "go=1".getBytes(StandardCharsets.US_ASCII));
            expect(post, 302, "baseline post");
          } finally {
            cards.giveBack(card);
          }
        };
  }

  /** A worker that keeps one connection open (keep-alive) and reopens it only after an error. */
  private abstract static class KeepAlive implements Worker {
    private final SSLContext tls;
    private final int port;
    private final AtomicLong handshakes;
    private HttpConnection connection;

    KeepAlive(SSLContext tls, int port, AtomicLong handshakes) {
      this.tls = tls;
      this.port = port;
      this.handshakes = handshakes;
    }

    HttpConnection connection() throws Exception {
      if (connection == null || !connection.isOpen()) {
        connection = HttpConnection.open(tls, HOST, port);
        handshakes.incrementAndGet();
      }
      return connection;
    }

    @Override
    public void close() {
      if (connection != null) {
        connection.close();
        connection = null;
      }
    }
  }

  /** (b) registrationStatus of the given people, round robin, on keep-alive connections. */
  public static WorkerFactory registrationStatus(
      SSLContext partnerTls, int port, List<String> people, AtomicLong handshakes) {
    AtomicInteger next = new AtomicInteger();
    return index ->
        new KeepAlive(partnerTls, port, handshakes) {
          @Override
          public void call() throws Exception {
            String cf = people.get(Math.floorMod(next.getAndIncrement(), people.size()));
            String xml =
                Soap.ok(
                    connection().post(PARTNER_ENDPOINT, Soap.HEADERS, Soap.registrationStatus(cf)));
            if (!"FISCONLINE".equals(Soap.element(xml, "state"))) {
              throw new IllegalStateException("unexpected state " + Soap.element(xml, "state"));
            }
          }
        };
  }

  /** Baseline of (b): the bare JAX-WS echo on the partner listener, keep-alive. */
  public static WorkerFactory baselineEcho(
      SSLContext partnerTls, int port, List<String> people, AtomicLong handshakes) {
    AtomicInteger next = new AtomicInteger();
    return index ->
        new KeepAlive(partnerTls, port, handshakes) {
          @Override
          public void call() throws Exception {
            String cf = people.get(Math.floorMod(next.getAndIncrement(), people.size()));
            String xml = Soap.ok(connection().post(BASELINE_ECHO, Soap.HEADERS, Soap.echo(cf)));
            if (!cf.equals(Soap.element(xml, "return"))) {
              throw new IllegalStateException("echo answered " + Soap.element(xml, "return"));
            }
          }
        };
  }

  /**
   * (c) Enrollment end to end with a fresh card (a distinct codice fiscale) per call:
   * requestChallenge, the card's CMS signature over it, enrollFisconline; the answer must carry a
   * PIN.
   */
  public static WorkerFactory enrollment(
      SSLContext partnerTls, int port, Queue<PreparedCard> cards, AtomicLong handshakes) {
    return index ->
        new KeepAlive(partnerTls, port, handshakes) {
          @Override
          public void call() throws Exception {
            PreparedCard card = cards.poll();
            if (card == null) {
              throw new LoadRunner.Exhausted("no prepared card left");
            }
            String challengeXml =
                Soap.ok(connection().post(PARTNER_ENDPOINT, Soap.HEADERS, Soap.requestChallenge()));
            String challengeId = Soap.element(challengeXml, "challengeId");
            byte[] challenge = Base64.getDecoder().decode(Soap.element(challengeXml, "challenge"));
            byte[] body =
                Soap.cardOperation(
                    "enrollFisconline",
                    "bench-" + UUID.randomUUID(),
                    card.certificate(),
                    challengeId,
                    card.sign(challenge));
            String xml = Soap.ok(connection().post(PARTNER_ENDPOINT, Soap.HEADERS, body));
            String pin = Soap.element(xml, "pin");
            if (pin == null || pin.length() != 10) {
              throw new IllegalStateException("enrollment answer without a PIN");
            }
          }
        };
  }

  /** (d) The public landing page, keep-alive, no client certificate. */
  public static WorkerFactory landingPage(
      SSLContext publicTls, int port, String path, String mustContain, AtomicLong handshakes) {
    return index ->
        new KeepAlive(publicTls, port, handshakes) {
          @Override
          public void call() throws Exception {
            Response page = connection().get(path, Map.of("Accept", "text/html"));
            expect(page, 200, path);
            if (!page.text().contains(mustContain)) {
              throw new IllegalStateException(path + " does not show " + mustContain);
            }
          }
        };
  }

  private static void expect(Response r, int status, String what) {
    if (r.status() != status) {
      throw new IllegalStateException(what + ": HTTP " + r.status() + " (expected " + status + ")");
    }
  }

  private static Optional<String> sessionCookieOf(Response r) {
    for (String set : r.headers("Set-Cookie")) {
      if (set.startsWith("JSESSIONID=")) {
        int semicolon = set.indexOf(';');
        return Optional.of(semicolon < 0 ? set : set.substring(0, semicolon));
      }
    }
    return Optional.empty();
  }

  private static String group(Pattern p, String html, String what) {
    Matcher m = p.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("no " + what + " in the page");
    }
    return m.group(1);
  }
}
