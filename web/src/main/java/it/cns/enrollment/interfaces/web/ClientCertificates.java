package it.cns.enrollment.interfaces.web;

import jakarta.servlet.ServletRequest;
import java.security.cert.X509Certificate;

/** Reads the client certificate chain the TLS layer received (leaf first), if any. */
public final class ClientCertificates {

  static final String ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

  private ClientCertificates() {}

  public static X509Certificate[] of(ServletRequest request) {
    Object chain = request.getAttribute(ATTRIBUTE);
    return chain instanceof X509Certificate[] c ? c : new X509Certificate[0];
  }
}
