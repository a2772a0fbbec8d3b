package it.cns.enrollment.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import javax.net.ssl.SSLSocket;

/**
 * A request written byte for byte on a TLS connection: HTTP libraries normalise paths and refuse
 * odd methods before sending, which is exactly what the boundary tests must not have done for them.
 */
final class RawHttps {

  private RawHttps() {}

  /** Sends {@code method target} with Host and Connection: close; the whole response. */
  static String request(KeyStore credential, int port, String method, String target)
      throws IOException {
    try (SSLSocket socket =
        (SSLSocket) TestPki.tls(credential).getSocketFactory().createSocket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          (method
                  + " "
                  + target
                  + " HTTP/1.1\r\nHost: localhost:"
                  + port
                  + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      socket.getInputStream().transferTo(response);
      return response.toString(StandardCharsets.ISO_8859_1);
    }
  }

  /** The status code of a response {@link #request} returned. */
  static int status(String response) {
    if (!response.startsWith("HTTP/1.1 ")) {
      throw new AssertionError("not an HTTP/1.1 response: " + response);
    }
    return Integer.parseInt(response.substring(9, 12));
  }
}
