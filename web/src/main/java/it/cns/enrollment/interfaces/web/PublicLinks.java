package it.cns.enrollment.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Links to the public pages, usable from the page template on every listener: relative where the
 * public pages are served (public listener), absolute to the public listener from the smartcard
 * listener, which serves only /smartcard/ pages.
 */
@Named
@RequestScoped
public class PublicLinks {

  static final String HOME = "/index.xhtml";
  static final String FAQ = "/faq.xhtml";
  static final String LOGIN = "/login/login.xhtml";
  static final String COUNTERS = "/sportelli.xhtml";
  static final String PRIVACY = "/privacy.xhtml";
  static final String LEGAL_NOTES = "/note-legali.xhtml";
  static final String CARD_HELP = "/guida-smartcard.xhtml";

  public String getHome() {
    return link(HOME);
  }

  public String getFaq() {
    return link(FAQ);
  }

  /** Traditional login (codice fiscale, password and PIN). */
  public String getLogin() {
    return link(LOGIN);
  }

  /** The public directory of the enabled counter offices. */
  public String getCounters() {
    return link(COUNTERS);
  }

  /** The built-in privacy notice (GDPR art. 13). */
  public String getPrivacy() {
    return link(PRIVACY);
  }

  public String getLegalNotes() {
    return link(LEGAL_NOTES);
  }

  /** How to use the card and set up each browser to present it. */
  public String getCardHelp() {
    return link(CARD_HELP);
  }

  private static String link(String path) {
    return link(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest(),
        path);
  }

  /** The same link outside Faces (the error page servlet). */
  static String link(HttpServletRequest request, String path) {
    return servesPublicPages(Listener.of(request))
        ? request.getContextPath() + path
        : Listener.PUBLIC.url(request, path);
  }

  static boolean servesPublicPages(Listener listener) {
    return PathPolicy.allows(listener, HOME);
  }
}
