package it.cns.enrollment.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;

/**
 * A request written byte for byte on a TLS connection: HTTP libraries normalise paths and refuse
 * odd methods before sending, which is exactly what the boundary tests must not have done for them.
 */
final class RawHttps {

  private RawHttps() {}

  /** Sends {@code method target} with Host and Connection: close; the whole response. */
  static String request(KeyStore credential, int port, String method, String target)
      throws IOException {
    return request(credential, port, method, target, "localhost:" + port);
  }

  /** As {@link #request(KeyStore, int, String, String)}, with the Host header the client chose. */
  static String request(KeyStore credential, int port, String method, String target, String host)
      throws IOException {
    try (Socket socket =
        TestPki.tls(credential).getSocketFactory().createSocket("localhost", port)) {
      return exchange(socket, method, target, host);
    }
  }

  /** The same on plain HTTP. */
  static String plain(int port, String method, String target, String host) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      return exchange(socket, method, target, host);
    }
  }

  private static String exchange(Socket socket, String method, String target, String host)
      throws IOException {
    socket.setSoTimeout(30_000);
    OutputStream out = socket.getOutputStream();
    out.write(
        (method
                + " "
                + target
                + " HTTP/1.1\r\nHost: "
                + host
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    ByteArrayOutputStream response = new ByteArrayOutputStream();
    socket.getInputStream().transferTo(response);
    return response.toString(StandardCharsets.ISO_8859_1);
  }

  /** A response header's value, or null. */
  static String header(String response, String name) {
    for (String line : response.split("\r\n")) {
      if (line.isEmpty()) {
        break;
      }
      if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
        return line.substring(name.length() + 1).strip();
      }
    }
    return null;
  }

  /** The status code of a response {@link #request} returned. */
  static int status(String response) {
    if (!response.startsWith("HTTP/1.1 ")) {
      throw new AssertionError("not an HTTP/1.1 response: " + response);
    }
    return Integer.parseInt(response.substring(9, 12));
  }
}
