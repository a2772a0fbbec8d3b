package it.cns.enrollment.application.port;

import java.util.Objects;
import java.util.Optional;

/**
 * What a public administration's site must publish on every page (issue #16), as configured: the
 * accessibility statement (published through AgID's form, so only its address is known here), a
 * feedback channel, and the privacy notice of GDPR art. 13 - either one the administration
 * publishes itself ({@code privacyNoticeUrl}) or the built-in page filled in from the controller's
 * and the data protection officer's contacts. Addresses are {@code https://} or {@code mailto:}.
 */
public record LegalNotices(
    String accessibilityStatementUrl,
    String feedbackUrl,
    Optional<String> privacyNoticeUrl,
    String controller,
    String controllerContact,
    String dpoContact) {

  public LegalNotices {
    Objects.requireNonNull(accessibilityStatementUrl, "accessibilityStatementUrl is required");
    Objects.requireNonNull(feedbackUrl, "feedbackUrl is required");
    Objects.requireNonNull(privacyNoticeUrl, "privacyNoticeUrl is required (may be empty)");
    Objects.requireNonNull(controller, "controller is required");
    Objects.requireNonNull(controllerContact, "controllerContact is required");
    Objects.requireNonNull(dpoContact, "dpoContact is required");
  }

  /** A contact as people read it: the address of a {@code mailto:} link, else the link itself. */
  public static String shown(String contact) {
    return contact.startsWith("mailto:") ? contact.substring("mailto:".length()) : contact;
  }
}
