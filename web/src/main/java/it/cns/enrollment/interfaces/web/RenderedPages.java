package it.cns.enrollment.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Renders once per language the pages that are the same for every anonymous visitor - the landing
 * page, the FAQ and the smartcard login page before its post - and serves the stored bytes
 * afterwards. Faces building and rendering them was most of their cost (BENCHMARKS.md, issue #19);
 * the pages stay written in Facelets like every other page, and the security headers are set by
 * {@link SecurityHeaders}, which runs before this filter, on every answer alike.
 *
 * <p>Only a GET without a query, by a visitor without an HTTP session (a session may hold a chosen
 * language or a login), is served or stored; only a 200 HTML answer that set no cookie and opened
 * no session is stored. The key is the listener's port, the language and the view: nothing else
 * reaches these pages (links come from the configured public URLs, never from the Host header), and
 * the store is bounded anyway.
 */
public class RenderedPages extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The views that depend on nothing but the language and the address they were reached by. */
  static final Set<String> SAME_FOR_EVERYONE =
      Set.of("/", "/index.xhtml", "/faq.xhtml", "/smartcard/accedi.xhtml");

  /** Entries kept: 4 views × 2 languages × 3 listeners is the most there can be. */
  static final int CAPACITY = 32;

  /** A page larger than this is served but not kept (none of the views comes close). */
  static final int MAX_PAGE_BYTES = 256 * 1024;

  private final Map<String, Page> pages =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
              return size() > CAPACITY;
            }
          });

  record Page(String contentType, byte[] body) {}

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!sameForEveryone(req)) {
      chain.doFilter(req, res);
      return;
    }
    String key = key(req);
    Page page = pages.get(key);
    if (page != null) {
      write(res, page);
      return;
    }
    Capture capture = new Capture(res);
    chain.doFilter(req, capture);
    Page rendered = capture.page();
    if (rendered == null) {
      capture.flushTo(res);
      return;
    }
    if (storable(req, res, capture, rendered)) {
      pages.put(key, rendered);
    }
    write(res, rendered);
  }

  static boolean sameForEveryone(HttpServletRequest req) {
    return "GET".equals(req.getMethod())
        && req.getQueryString() == null
        && req.getSession(false) == null
        && SAME_FOR_EVERYONE.contains(path(req));
  }

  private static String path(HttpServletRequest req) {
    String info = req.getPathInfo();
    return info == null ? req.getServletPath() : req.getServletPath() + info;
  }

  static String key(HttpServletRequest req) {
    return req.getLocalPort() + " " + Language.localeOf(req).getLanguage() + " " + path(req);
  }

  private static boolean storable(
      HttpServletRequest req, HttpServletResponse res, Capture capture, Page page) {
    return capture.status == HttpServletResponse.SC_OK
        && !capture.cookieSet
        && req.getSession(false) == null
        && !res.containsHeader("Set-Cookie")
        && page.contentType() != null
        && page.contentType().startsWith("text/html")
        && page.body().length <= MAX_PAGE_BYTES;
  }

  private static void write(HttpServletResponse res, Page page) throws IOException {
    res.setStatus(HttpServletResponse.SC_OK);
    res.setContentType(page.contentType());
    res.setContentLength(page.body().length);
    res.getOutputStream().write(page.body());
  }

  /** Holds what the chain writes, so that it can be stored before it is sent. */
  private static final class Capture extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private int status = SC_OK;
    private boolean cookieSet;
    private boolean passedThrough;

    Capture(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setStatus(int sc) {
      status = sc;
      super.setStatus(sc);
    }

    @Override
    public void sendError(int sc) throws IOException {
      status = sc;
      passedThrough = true;
      super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
      status = sc;
      passedThrough = true;
      super.sendError(sc, msg);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      status = SC_FOUND;
      passedThrough = true;
      super.sendRedirect(location);
    }

    @Override
    public void addCookie(jakarta.servlet.http.Cookie cookie) {
      cookieSet = true;
      super.addCookie(cookie);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                bytes.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                throw new IllegalStateException("blocking writes only");
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset()), false);
      }
      return writer;
    }

    private Charset charset() {
      String name = getCharacterEncoding();
      return name == null ? StandardCharsets.ISO_8859_1 : Charset.forName(name);
    }

    @Override
    public void flushBuffer() {
      // Kept until the chain returns: the page is written whole, with its length.
      if (writer != null) {
        writer.flush();
      }
    }

    @Override
    public void setContentLength(int len) {}

    @Override
    public void setContentLengthLong(long len) {}

    /** What was rendered, or null when the answer already went out (an error, a redirect). */
    Page page() {
      if (passedThrough) {
        return null;
      }
      if (writer != null) {
        writer.flush();
      }
      return new Page(getContentType(), bytes.toByteArray());
    }

    void flushTo(HttpServletResponse res) throws IOException {
      if (!passedThrough && bytes.size() > 0) {
        res.getOutputStream().write(bytes.toByteArray());
      }
    }
  }
}
