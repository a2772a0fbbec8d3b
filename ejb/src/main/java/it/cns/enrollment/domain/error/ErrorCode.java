package it.cns.enrollment.domain.error;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Stable error codes. Clients and tests switch on these names, never on message text; the texts
 * live in the {@code ErrorMessages} bundle (Italian first, English too).
 */
public enum ErrorCode {
  /** No client certificate reached the application. */
  NO_CERTIFICATE,
  /** The certificate was refused; the refusal says why. */
  CERTIFICATE_REFUSED,
  /** The certificate's codice fiscale has no enabled Fisconline or Entratel account. */
  NOT_ENABLED,
  /** The card is already bound. */
  CARD_ALREADY_BOUND,
  /** The request is malformed or incomplete. */
  INVALID_REQUEST,
  /** A dependency (e.g. the database) is unavailable; nothing was written. */
  SERVICE_UNAVAILABLE;

  private static final String BUNDLE = "it.cns.enrollment.domain.error.ErrorMessages";

  /** The message for users in the given language (Italian when the language is unknown). */
  public String message(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, ErrorCode.class.getClassLoader(), NO_FALLBACK)
        .getString(name());
  }

  public String messageIt() {
    return message(Locale.ITALIAN);
  }

  public String messageEn() {
    return message(Locale.ENGLISH);
  }

  // The base bundle is Italian: never fall back to the JVM's default locale instead.
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
