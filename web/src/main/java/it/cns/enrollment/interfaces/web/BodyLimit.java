package it.cns.enrollment.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * The limit on request bodies, {@value #MAX_BODY_BYTES} bytes, answered by the application with a
 * plain 413 (or 411) and one log line, first in the chain - never by the container cutting the
 * connection.
 *
 * <p>Why here: Undertow enforces its own limit ({@code max-post-size}) by ending the request in the
 * middle of the body, so the connection is closed while the client is still sending and the TCP
 * reset destroys whatever answer was written (#15 item 7: a 12 MB chunked body got a reset, no
 * answer). The server's limit is therefore set higher ({@code CNS_HTTP_MAX_DRAIN_BYTES},
 * 40-listeners.cli) and this filter refuses first, reading and discarding the rest of the body
 * before it answers, so the client receives the refusal. Past the server's limit the connection is
 * still cut: that is the flood guard, not an answer.
 *
 * <ul>
 *   <li>A declared length over the limit: 413 before anything is read.
 *   <li>A chunked body on the partner listener (CXF clients chunk SOAP requests): read here, up to
 *       the limit, and handed on from memory; over it, 413. Only authenticated partners reach that
 *       listener (mutual TLS), so the memory held is bounded by their connections.
 *   <li>A chunked body on any other listener: 411. Browsers always declare the length of a form,
 *       and the container parses form fields beneath any wrapper, so a chunked page request could
 *       not be held to the limit.
 * </ul>
 */
public class BodyLimit extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(BodyLimit.class.getName());

  /** Longest request body accepted, on every listener. */
  public static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    long declared = req.getContentLengthLong();
    if (declared > MAX_BODY_BYTES) {
      refuse(req, res, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "declared " + declared);
      return;
    }
    if (declared >= 0 || !isChunked(req)) {
      chain.doFilter(req, res);
      return;
    }
    if (Listener.ofLocalPort(req.getLocalPort()) != Listener.PARTNER) {
      refuse(req, res, HttpServletResponse.SC_LENGTH_REQUIRED, "chunked body on a page listener");
      return;
    }
    byte[] body = readAtMost(req.getInputStream(), MAX_BODY_BYTES);
    if (body == null) {
      refuse(req, res, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "chunked, over the limit");
      return;
    }
    chain.doFilter(new BufferedBody(req, body), res);
  }

  private static boolean isChunked(HttpServletRequest req) {
    String te = req.getHeader("Transfer-Encoding");
    return te != null && te.toLowerCase(java.util.Locale.ROOT).contains("chunked");
  }

  /** The whole stream if it holds at most {@code max} bytes; null (stopped reading) otherwise. */
  static byte[] readAtMost(InputStream in, int max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) != -1) {
      if (out.size() + n > max) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static void refuse(
      HttpServletRequest req, HttpServletResponse res, int status, String why) throws IOException {
    // One line, nothing the client wrote but its address and the sizes.
    LOG.info(
        () ->
            "request body refused ("
                + status
                + ", "
                + why
                + ", limit "
                + MAX_BODY_BYTES
                + " bytes) from "
                + req.getRemoteAddr());
    // Read and discard the rest before answering: closing with unread bytes resets the connection
    // and the client never sees the answer (observed: "broken pipe" with no status). The listener's
    // max-post-size (CNS_HTTP_MAX_DRAIN_BYTES) bounds this; past it the read fails and the
    // connection is cut, which is the flood guard.
    drain(req);
    res.setHeader("Connection", "close");
    res.setStatus(status);
    res.setContentType("text/plain;charset=UTF-8");
    res.getWriter()
        .write(
            status == HttpServletResponse.SC_LENGTH_REQUIRED
                ? "Length required.\n"
                : "Request body larger than " + MAX_BODY_BYTES + " bytes.\n");
  }

  private static void drain(HttpServletRequest req) {
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = req.getInputStream()) {
      while (in.read(buffer) != -1) {
        // discarded
      }
    } catch (IOException e) {
      // Past the listener's limit, or the client gave up: nothing more to do for it.
    }
  }

  /** The request with its body already read into memory. */
  static final class BufferedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    BufferedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("the body is in memory: read it synchronously");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }
}
