package it.cns.enrollment.application.port;

import java.util.Objects;

/**
 * The addresses people reach the two browser listeners at, as configured ({@code CNS_PUBLIC_URL},
 * {@code CNS_SMARTCARD_URL}): {@code https://host[:port]}, no trailing slash. Links between the
 * listeners and every redirect are built from these, never from the request's Host header, which
 * the client writes (and which, behind a load balancer, names the node, not the site).
 */
public record PublicUrls(String publicUrl, String smartcardUrl) {

  public PublicUrls {
    Objects.requireNonNull(publicUrl, "publicUrl is required");
    Objects.requireNonNull(smartcardUrl, "smartcardUrl is required");
  }
}
