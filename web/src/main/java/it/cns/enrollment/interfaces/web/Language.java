package it.cns.enrollment.interfaces.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Locale;

/**
 * The page language: Italian unless the user chose English or the browser asks for English first.
 * (Servlet containers report the JVM's locale when a browser sends no Accept-Language, which must
 * not turn an Italian public service English.)
 *
 * <p>The user switches with a plain link carrying {@value #PARAMETER}{@code =it|en} (the language
 * links in the page header): a GET that needs no script, no form and no view state, works on the
 * public and the smartcard listener alike, and is remembered for the rest of the session.
 */
@Named
@SessionScoped
public class Language implements Serializable {

  private static final long serialVersionUID = 1L;
  static final Locale ITALIAN = Locale.ITALIAN;
  static final Locale ENGLISH = Locale.ENGLISH;

  /** The request parameter of the language links. */
  public static final String PARAMETER = "lang";

  private Locale chosen;

  public Locale getLocale() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    Locale requested = fromParameter(request.getParameter(PARAMETER));
    if (requested != null) {
      chosen = requested;
    }
    if (chosen != null) {
      return chosen;
    }
    return fromAcceptLanguage(request.getHeader("Accept-Language"));
  }

  /** The language a link asks for, or null when it asks for none (or for one not offered). */
  static Locale fromParameter(String value) {
    if (value == null) {
      return null;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "it" -> ITALIAN;
      case "en" -> ENGLISH;
      default -> null;
    };
  }

  static Locale fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return ITALIAN;
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
        String lang = range.getRange().split("-")[0];
        if (lang.equals("it")) {
          return ITALIAN;
        }
        if (lang.equals("en")) {
          return ENGLISH;
        }
      }
    } catch (IllegalArgumentException malformed) {
      return ITALIAN;
    }
    return ITALIAN;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public void setLanguage(String language) {
    chosen = "en".equals(language) ? ENGLISH : ITALIAN;
  }

  public boolean isEnglish() {
    return ENGLISH.equals(getLocale());
  }
}
