package it.cns.enrollment.infrastructure.pki.validation;

import java.io.IOException;
import java.net.URI;

/**
 * Fetches CRLs and asks OCSP responders. Implementations bound every exchange in time and size; any
 * failure, including a non-2xx status, is an {@link IOException}.
 */
public interface HttpFetcher {

  /** GET, for a CRL. */
  byte[] get(URI uri, long maxBytes) throws IOException;

  /** POST, for an OCSP request. */
  byte[] post(URI uri, String contentType, byte[] body, long maxBytes) throws IOException;
}
