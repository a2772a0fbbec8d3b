package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * #15 item 7's last case: a request body over 10 MB gets an answer on every listener - 413, or 411
 * for a chunked page request - and one log line; before, a 12 MB chunked body got the connection
 * reset with no answer at all. Written byte for byte on TLS (RawHttps's way), with each listener's
 * own credential.
 */
class OversizedBodyIT extends DeployedApplication {

  private static final int TWELVE_MB = 12 * 1024 * 1024;
  private static final String REFUSED_LINE = "request body refused (";

  enum Port {
    PUBLIC("/login/login.xhtml", 411),
    SMARTCARD("/smartcard/accedi.xhtml", 411),
    PARTNER("/partner/v1/enrollment", 413);

    final String path;
    final int chunkedStatus;

    Port(String path, int chunkedStatus) {
      this.path = path;
      this.chunkedStatus = chunkedStatus;
    }

    int number() {
      return HttpsPort.valueOf(name()).number();
    }

    KeyStore credential() {
      return HttpsPort.valueOf(name()).credential();
    }
  }

  @ParameterizedTest
  @EnumSource(Port.class)
  void aTwelveMegabyteChunkedBodyIsAnsweredAndLoggedOnce(Port port) throws Exception {
    int linesBefore = refusedLines();

    String response = post(port, true, TWELVE_MB);

    assertThat(RawHttps.status(response)).isEqualTo(port.chunkedStatus);
    assertThat(refusedLines()).isEqualTo(linesBefore + 1);
    assertThat(Intranet.serverLog()).doesNotContain("RequestTooBigException");
  }

  @ParameterizedTest
  @EnumSource(Port.class)
  void aTwelveMegabyteDeclaredBodyIsAnswered413(Port port) throws Exception {
    int linesBefore = refusedLines();

    String response = post(port, false, TWELVE_MB);

    assertThat(RawHttps.status(response)).isEqualTo(413);
    assertThat(refusedLines()).isEqualTo(linesBefore + 1);
  }

  /** The partner API still takes chunked requests (CXF clients chunk them) under the limit. */
  @org.junit.jupiter.api.Test
  void aSmallChunkedSoapRequestStillReachesTheEndpoint() throws Exception {
    String response = post(Port.PARTNER, true, 2048);

    assertThat(RawHttps.status(response)).isNotIn(411, 413);
    assertThat(response).contains("INVALID_REQUEST");
  }

  /**
   * POSTs {@code size} bytes of an XML comment-padded SOAP envelope (chunked or with its length)
   * and reads the whole answer; the connection is not expected to break.
   */
  private static String post(Port port, boolean chunked, int size) throws IOException {
    try (Socket socket =
        TestPki.tls(port.credential())
            .getSocketFactory()
            .createSocket("localhost", port.number())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + port.path
                  + " HTTP/1.1\r\nHost: localhost:"
                  + port.number()
                  + "\r\nContent-Type: text/xml; charset=UTF-8\r\nSOAPAction: \"\"\r\n"
                  + (chunked
                      ? "Transfer-Encoding: chunked\r\n"
                      : "Content-Length: " + size + "\r\n")
                  + "Connection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      byte[] body = body(size);
      int chunk = 64 * 1024;
      for (int off = 0; off < body.length; off += chunk) {
        int n = Math.min(chunk, body.length - off);
        if (chunked) {
          out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        out.write(body, off, n);
        if (chunked) {
          out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
      }
      if (chunked) {
        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      }
      out.flush();
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      socket.getInputStream().transferTo(response);
      return response.toString(StandardCharsets.ISO_8859_1);
    }
  }

  /** A SOAP envelope (with an unknown operation) padded to {@code size} bytes by a comment. */
  private static byte[] body(int size) {
    String head =
        "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
            + "<x:nessuna xmlns:x=\"urn:sconosciuto\"/></soap:Body></soap:Envelope><!--";
    String tail = "-->";
    byte[] b = new byte[Math.max(size, head.length() + tail.length())];
    Arrays.fill(b, (byte) 'a');
    byte[] h = head.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(h, 0, b, 0, h.length);
    byte[] t = tail.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(t, 0, b, b.length - t.length, t.length);
    return b;
  }

  private static int refusedLines() throws Exception {
    Matcher m = Pattern.compile(Pattern.quote(REFUSED_LINE)).matcher(Intranet.serverLog());
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
