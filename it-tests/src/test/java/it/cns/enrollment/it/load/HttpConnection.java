package it.cns.enrollment.it.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One HTTP/1.1 connection over TLS to a server on loopback, with nothing pooled or resumed behind
 * the caller's back: the handshake happens in {@link #open}, with the {@link SSLContext} given (a
 * fresh context has no session to resume), and requests then reuse the connection until it is
 * closed. HTTP/1.1 only (no ALPN), which the three listeners all speak.
 */
public final class HttpConnection implements AutoCloseable {

  private static final int MAX_HEADER_LINE = 16 * 1024;
  private static final int MAX_BODY = 8 * 1024 * 1024;

  private final SSLSocket socket;
  private final InputStream in;
  private final OutputStream out;
  private final String authority;
  private boolean open = true;
  private boolean forgetOnClose;

  private HttpConnection(SSLSocket socket, String authority) throws IOException {
    this.socket = socket;
    this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    this.out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
    this.authority = authority;
  }

  /**
   * Connects to 127.0.0.1:{@code port}, verifying the server certificate for {@code host}
   * ("localhost"), and completes the TLS handshake.
   */
  public static HttpConnection open(SSLContext tls, String host, int port) throws IOException {
    Socket plain = new Socket();
    try {
      plain.setTcpNoDelay(true);
      plain.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
      plain.setSoTimeout(60_000);
      SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket(plain, host, port, true);
      SSLParameters parameters = socket.getSSLParameters();
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
      ServerKeyChoice.applyTo(parameters);
      socket.setSSLParameters(parameters);
      socket.startHandshake();
      return new HttpConnection(socket, host + ":" + port);
    } catch (IOException | RuntimeException e) {
      plain.close();
      throw e;
    }
  }

  public boolean isOpen() {
    return open && !socket.isClosed();
  }

  /** The TLS session of this connection (to check what was negotiated). */
  public javax.net.ssl.SSLSession session() {
    return socket.getSession();
  }

  public Response get(String path, Map<String, String> headers) throws IOException {
    return exchange("GET", path, headers, null);
  }

  public Response post(String path, Map<String, String> headers, byte[] body) throws IOException {
    return exchange("POST", path, headers, body);
  }

  /** Sends one request and reads the whole answer. */
  public Response exchange(String method, String path, Map<String, String> headers, byte[] body)
      throws IOException {
    if (!isOpen()) {
      throw new IOException("connection closed");
    }
    StringBuilder head = new StringBuilder(256);
    head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(authority).append("\r\n");
    for (Map.Entry<String, String> h : headers.entrySet()) {
      head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
    }
    if (body != null) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    if (body != null) {
      out.write(body);
    }
    out.flush();
    return read(method);
  }

  private Response read(String method) throws IOException {
    String statusLine = line();
    // "HTTP/1.1 200 OK"
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP answer: " + statusLine);
    }
    int status = Integer.parseInt(parts[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String line = line(); !line.isEmpty(); line = line()) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers
            .computeIfAbsent(
                line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(line.substring(colon + 1).trim());
      }
    }
    byte[] body;
    String transfer = first(headers, "transfer-encoding");
    String length = first(headers, "content-length");
    if (method.equals("HEAD") || status == 204 || status == 304 || status / 100 == 1) {
      body = new byte[0];
    } else if (transfer != null && transfer.toLowerCase(Locale.ROOT).contains("chunked")) {
      body = chunked();
    } else if (length != null) {
      body = exactly(Integer.parseInt(length));
    } else {
      body = in.readAllBytes();
      open = false;
    }
    String connection = first(headers, "connection");
    if (connection != null && connection.equalsIgnoreCase("close")) {
      close();
    }
    return new Response(status, headers, body);
  }

  private byte[] chunked() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = line();
      int semicolon = size.indexOf(';');
      int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
      if (n == 0) {
        while (!line().isEmpty()) {
          // trailers: ignored
        }
        return body.toByteArray();
      }
      if (body.size() + n > MAX_BODY) {
        throw new IOException("answer larger than " + MAX_BODY + " bytes");
      }
      body.write(exactly(n));
      line();
    }
  }

  private byte[] exactly(int n) throws IOException {
    if (n > MAX_BODY) {
      throw new IOException("answer larger than " + MAX_BODY + " bytes");
    }
    byte[] b = in.readNBytes(n);
    if (b.length != n) {
      throw new EOFException("answer cut after " + b.length + " of " + n + " bytes");
    }
    return b;
  }

  private String line() throws IOException {
    StringBuilder s = new StringBuilder(64);
    while (true) {
      int c = in.read();
      if (c < 0) {
        throw new EOFException("connection closed by the server");
      }
      if (c == '\n') {
        int end = s.length();
        if (end > 0 && s.charAt(end - 1) == '\r') {
          s.setLength(end - 1);
        }
        return s.toString();
      }
      if (s.length() >= MAX_HEADER_LINE) {
        throw new IOException("header line too long");
      }
      s.append((char) c);
    }
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * Makes {@link #close} remove this connection's TLS session from the client's session cache
   * (invalidating it), so that no later connection of the same context can resume it: the next one
   * does a full handshake.
   */
  public HttpConnection forgettingSession() {
    forgetOnClose = true;
    return this;
  }

  @Override
  public void close() {
    open = false;
    if (forgetOnClose) {
      socket.getSession().invalidate();
    }
    try {
      socket.close();
    } catch (IOException e) {
      // closing: nothing left to do
    }
  }

  /** An HTTP answer: status, headers (names in lower case), body. */
  public record Response(int status, Map<String, List<String>> headers, byte[] body) {

    public String header(String name) {
      return first(headers, name.toLowerCase(Locale.ROOT));
    }

    public List<String> headers(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }
}
