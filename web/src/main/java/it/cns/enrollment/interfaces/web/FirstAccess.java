package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.card.BindingReceipt;
import it.cns.enrollment.application.card.CardBindingService;
import it.cns.enrollment.application.card.CertificateIdentityService;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.identity.CnsCertificate;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.security.cert.X509Certificate;

/**
 * Primo accesso: shows the card in the reader and, on confirmation, binds it to the holder's
 * already-enabled account. The certificate is read from the TLS session of each request, never from
 * anything the browser could send in a form.
 */
@Named("primoAccesso")
@ViewScoped
public class FirstAccess implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CertificateIdentityService certificates;
  @EJB private CardBindingService bindings;
  @Inject Caller caller;

  private CardView card;
  private BindingView bound;
  private UserMessages.Shown problem;

  /** The card as the page shows it. */
  public record CardView(
      String codiceFiscale, String holder, String issuer, String maskedCardId, String validUntil)
      implements Serializable {}

  /** The confirmation. */
  public record BindingView(
      String codiceFiscale,
      String accountType,
      String entratelSite,
      String cardIssuer,
      String maskedCardId,
      String boundAt)
      implements Serializable {}

  @PostConstruct
  void readCard() {
    try {
      card = view(certificates.identify(chain(), Channel.SMARTCARD).certificate());
    } catch (RuntimeException e) {
      problem = UserMessages.of(e, locale());
    }
  }

  /** The card as the citizen pages show it. */
  static CardView view(CnsCertificate c) {
    String holder = (c.givenName().orElse("") + " " + c.surname().orElse("")).trim();
    return new CardView(
        c.codiceFiscale().toString(),
        holder,
        c.issuerName(),
        c.cardId().map(Object::toString).orElse("-"),
        Dates.date(c.notAfter()));
  }

  /** Binds the card in the reader. */
  public String bind() {
    try {
      caller.enter(
          chain().length == 0 ? Actor.Citizen.anonymous() : Actor.Citizen.presentingCard(),
          Channel.SMARTCARD);
      BindingReceipt r = bindings.bind(chain());
      bound =
          new BindingView(
              r.codiceFiscale(),
              r.accountType().name(),
              r.entratelSite(),
              r.cardIssuer(),
              r.maskedCardId(),
              Dates.dateTime(r.boundAt()));
      problem = null;
    } catch (RuntimeException e) {
      problem = UserMessages.of(e, locale());
    }
    return null;
  }

  private X509Certificate[] chain() {
    return ClientCertificates.of(request());
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  private static java.util.Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public CardView getCard() {
    return card;
  }

  public BindingView getBound() {
    return bound;
  }

  public UserMessages.Shown getProblem() {
    return problem;
  }
}
