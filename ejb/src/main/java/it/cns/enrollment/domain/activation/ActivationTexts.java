package it.cns.enrollment.domain.activation;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The activation texts bundle (Italian base, English): labels of cases, documents, types. */
final class ActivationTexts {

  private static final String BUNDLE = "it.cns.enrollment.domain.activation.ActivationTexts";

  // The base bundle is Italian: never fall back to the JVM's default locale instead.
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private ActivationTexts() {}

  static String text(String key, Locale locale) {
    return bundle(locale).getString(key);
  }

  static String textOr(String key, String fallbackKey, Locale locale) {
    ResourceBundle bundle = bundle(locale);
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return bundle.getString(fallbackKey);
    }
  }

  private static ResourceBundle bundle(Locale locale) {
    Locale l = locale == null ? Locale.ITALIAN : locale;
    return ResourceBundle.getBundle(BUNDLE, l, ActivationTexts.class.getClassLoader(), NO_FALLBACK);
  }
}
