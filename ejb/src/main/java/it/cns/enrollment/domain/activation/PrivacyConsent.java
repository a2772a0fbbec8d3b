package it.cns.enrollment.domain.activation;

import it.cns.enrollment.domain.identity.CodiceFiscale;
import java.time.Instant;
import java.util.Objects;

/**
 * The consent to the processing of personal data given at an activation: which notice version was
 * read, by whom (the person at the counter: the holder, or the parent, guardian or delegate acting
 * for them) and when.
 */
public record PrivacyConsent(String noticeVersion, CodiceFiscale givenBy, Instant givenAt) {

  public PrivacyConsent {
    Objects.requireNonNull(noticeVersion, "notice version is required");
    Objects.requireNonNull(givenBy, "who consented is required");
    Objects.requireNonNull(givenAt, "when is required");
  }
}
