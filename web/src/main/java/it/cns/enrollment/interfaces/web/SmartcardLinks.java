package it.cns.enrollment.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Absolute links from public pages to the smartcard listener (another port on the same host), built
 * from the request's host so that they work behind any name the server is reached by.
 */
@Named
@RequestScoped
public class SmartcardLinks {

  /** Primo accesso: an already-enabled user registers the card. */
  public String getPrimoAccesso() {
    return url("/smartcard/primo-accesso.xhtml");
  }

  /** Accedi: login with a registered card (or one the user enrolled with). */
  public String getAccedi() {
    return url("/smartcard/accedi.xhtml");
  }

  /** Abilitazione tramite smartcard: Fisconline enablement in one step. */
  public String getAbilitazione() {
    return url("/smartcard/abilitazione.xhtml");
  }

  private static String url(String path) {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return Listener.SMARTCARD.url(request, path);
  }
}
