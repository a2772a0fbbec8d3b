package it.cns.enrollment.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The page language: Italian unless the user chose English or the browser asks for English first.
 * (Servlet containers report the JVM's locale when a browser sends no Accept-Language, which must
 * not turn an Italian public service English.)
 *
 * <p>The user switches with a plain link carrying {@value #PARAMETER}{@code =it|en} (the language
 * links in the page header): a GET that needs no script, no form and no view state, works on the
 * public and the smartcard listener alike, and is remembered for the rest of the session.
 *
 * <p>Request-scoped, the choice kept in the HTTP session only once there is one: reading the
 * language must not create a session, or every anonymous visit of a public page would cost one (a
 * session id, its memory for the idle timeout) - as it did while this bean was session-scoped
 * (BENCHMARKS.md, issue #7). Only a language link creates it.
 */
@Named
@RequestScoped
public class Language {

  static final Locale ITALIAN = Locale.ITALIAN;
  static final Locale ENGLISH = Locale.ENGLISH;

  /** The request parameter of the language links. */
  public static final String PARAMETER = "lang";

  /** Session attribute holding the chosen language ("it" or "en"). */
  static final String CHOSEN = Language.class.getName() + ".chosen";

  public Locale getLocale() {
    return localeOf(request());
  }

  /** The language of this request; creates a session only to remember a language link. */
  static Locale localeOf(HttpServletRequest request) {
    Locale requested = fromParameter(request.getParameter(PARAMETER));
    if (requested != null) {
      remember(request, requested);
      return requested;
    }
    HttpSession session = request.getSession(false);
    Locale chosen = session == null ? null : fromParameter((String) session.getAttribute(CHOSEN));
    if (chosen != null) {
      return chosen;
    }
    return fromAcceptLanguage(request.getHeader("Accept-Language"));
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  private static void remember(HttpServletRequest request, Locale locale) {
    HttpSession session = request.getSession(true);
    if (!locale.getLanguage().equals(session.getAttribute(CHOSEN))) {
      session.setAttribute(CHOSEN, locale.getLanguage());
    }
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

  /**
   * The href of a language link: this page with its query kept (the audit page's filters, for one)
   * and the language set, e.g. {@code ?dal=2026-11-01&lang=en}.
   */
  public String link(String language) {
    return linkFor(request().getQueryString(), language);
  }

  static String linkFor(String queryString, String language) {
    StringJoiner query = new StringJoiner("&", "?", "");
    if (queryString != null) {
      for (String pair : queryString.split("&")) {
        String name = pair.split("=", 2)[0];
        if (!pair.isEmpty() && !name.equals(PARAMETER)) {
          query.add(pair);
        }
      }
    }
    return query.add(PARAMETER + "=" + language).toString();
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public void setLanguage(String language) {
    remember(request(), "en".equals(language) ? ENGLISH : ITALIAN);
  }

  public boolean isEnglish() {
    return ENGLISH.equals(getLocale());
  }
}
