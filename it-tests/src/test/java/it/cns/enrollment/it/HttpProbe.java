package it.cns.enrollment.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Raw HTTPS requests the pages' own forms would never send. */
final class HttpProbe {

  private HttpProbe() {}

  /** A form post claiming to come from another site: the status code it gets. */
  static int postWithOrigin(String url, String origin) throws Exception {
    HttpClient http = HttpClient.newBuilder().sslContext(TestPki.tls(null)).build();
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Origin", origin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("login-form=login-form"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return response.statusCode();
  }
}
