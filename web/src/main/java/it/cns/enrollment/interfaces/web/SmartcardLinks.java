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

  public String getPrimoAccesso() {
    return base() + "/smartcard/primo-accesso.xhtml";
  }

  private static String base() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String host = request.getServerName();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return "https://"
        + host
        + ":"
        + Listener.SMARTCARD.port(System::getenv)
        + request.getContextPath();
  }
}
