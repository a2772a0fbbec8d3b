package it.cns.enrollment.it.load.baseline;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.cert.X509Certificate;

/**
 * The bare servlet: a GET answers a tiny page naming the client certificate's serial (so the
 * benchmark can check the certificate reached the application), a POST answers a redirect - the
 * shape of a login, with none of its work.
 */
public class BaselineServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Object chain = req.getAttribute("jakarta.servlet.request.X509Certificate");
    String serial =
        chain instanceof X509Certificate[] c && c.length > 0
            ? c[0].getSerialNumber().toString(16)
            : "none";
    res.setContentType("text/html;charset=UTF-8");
    res.getWriter()
        .write(
            "<!DOCTYPE html><html><head><title>bench-baseline</title></head><body><p>"
                + "bench-baseline serial="
                + serial
                + "</p></body></html>");
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res) {
    res.setStatus(HttpServletResponse.SC_FOUND);
    res.setHeader("Location", req.getContextPath() + "/page");
  }
}
