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
 */
@Named
@SessionScoped
public class Language implements Serializable {

  private static final long serialVersionUID = 1L;
  static final Locale ITALIAN = Locale.ITALIAN;
  static final Locale ENGLISH = Locale.ENGLISH;

  private Locale chosen;

  public Locale getLocale() {
    if (chosen != null) {
      return chosen;
    }
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return fromAcceptLanguage(request.getHeader("Accept-Language"));
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
}
