package it.cns.enrollment.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a load balancer and a Prometheus server see: {@code /health/ready} and {@code /metrics} on
 * the management interface.
 */
final class Management {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Management() {}

  /** One answer of the readiness endpoint. */
  record Readiness(int httpStatus, String body) {

    boolean ready() {
      return httpStatus == 200 && body.startsWith("{\"status\":\"UP\"");
    }

    /** The status ("UP"/"DOWN") of the named check, if it is in the answer. */
    Optional<String> check(String name) {
      Matcher m =
          Pattern.compile("\\{\"name\":\"" + Pattern.quote(name) + "\",\"status\":\"(\\w+)\"")
              .matcher(body);
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    @Override
    public String toString() {
      return httpStatus + " " + body;
    }
  }

  static Readiness readiness() throws Exception {
    HttpResponse<String> r = get("/health/ready");
    return new Readiness(r.statusCode(), r.body());
  }

  /**
   * Asks the readiness endpoint until {@code until} holds or {@code patience} has passed, and
   * returns the last answer: the caller asserts on it (a probe is a poll, not a single look).
   */
  static Readiness readinessOnceItSettles(Predicate<Readiness> until, Duration patience)
      throws Exception {
    Instant deadline = Instant.now().plus(patience);
    Readiness last = readiness();
    while (!until.test(last) && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
      last = readiness();
    }
    return last;
  }

  /** The Prometheus scrape, text format. */
  static String metrics() throws Exception {
    HttpResponse<String> r = get("/metrics");
    if (r.statusCode() != 200) {
      throw new IllegalStateException("/metrics answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  /**
   * The value of the sample whose line starts with {@code name} and holds every one of {@code
   * labels} (e.g. {@code action="SMARTCARD_LOGIN"}); 0 when there is no such line yet.
   */
  static double sample(String scrape, String name, String... labels) {
    double total = 0;
    for (String line : scrape.split("\n")) {
      if (!line.startsWith(name + "{") && !line.startsWith(name + " ")) {
        continue;
      }
      boolean all = true;
      for (String label : labels) {
        all &= line.contains(label);
      }
      if (all) {
        total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return total;
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(ItEnvironment.managementUrl(path)))
            .timeout(Duration.ofSeconds(20))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
