package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.forms.BlankForms;
import it.cns.enrollment.application.forms.DelegationDetails;
import it.cns.enrollment.domain.activation.ActivationInputException;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The blank forms of a delegation (moduli.xhtml): a GET form whose submit buttons name the form
 * wanted ({@code modulo}); the view action answers with the PDF, or with the page and the refusal
 * when a pre-filled value is wrong. Plain GET links ({@code ?modulo=delega}) give the blank PDF
 * directly, so the FAQ and the counter's checklist can link to it.
 */
@Named("moduli")
@RequestScoped
public class BlankFormsPage {

  static final String DELEGATION = "delega";
  static final String CODES_REQUEST = "richiesta-codici";

  /** The file names the browser saves, as the counter's checklist names the forms. */
  static final Map<String, String> FILE_NAMES =
      Map.of(
          DELEGATION, "attivazione-ts-cns-delega.pdf",
          CODES_REQUEST, "richiesta-codici-personali.pdf");

  /** Which input each refused field is. */
  private static final Map<ActivationInputException.Field, String> INPUTS =
      Map.of(
          ActivationInputException.Field.HOLDER_NAME, "titolare",
          ActivationInputException.Field.HOLDER_CF, "cfTitolare",
          ActivationInputException.Field.CARD_ID, "tessera",
          ActivationInputException.Field.ACTING_NAME, "delegato",
          ActivationInputException.Field.ACTING_CF, "cfDelegato");

  @EJB BlankForms forms;

  private String modulo;
  private String titolare;
  private String cfTitolare;
  private String tessera;
  private String delegato;
  private String cfDelegato;
  private String email;
  private UserMessages.Shown problem;
  private String problemField;

  /** The view action: the PDF asked for, or nothing (the page renders). */
  public void download() {
    if (modulo == null || !FILE_NAMES.containsKey(modulo)) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    DelegationDetails details =
        new DelegationDetails(titolare, cfTitolare, tessera, delegato, cfDelegato, email);
    byte[] pdf;
    try {
      pdf = DELEGATION.equals(modulo) ? forms.delegation(details) : forms.codesRequest(details);
    } catch (EJBException | BusinessRefusal e) {
      problem = UserMessages.of(e, faces.getViewRoot().getLocale());
      problemField = fieldOf(e);
      return;
    }
    ExternalContext out = faces.getExternalContext();
    out.responseReset();
    out.setResponseContentType("application/pdf");
    out.setResponseContentLength(pdf.length);
    out.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"" + FILE_NAMES.get(modulo) + "\"");
    try {
      out.getResponseOutputStream().write(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  private static String fieldOf(RuntimeException e) {
    Throwable t = e;
    while (t instanceof EJBException && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof ActivationInputException a) {
      return INPUTS.get(a.field());
    }
    if (t instanceof BusinessRefusal r && r.code() == ErrorCode.INVALID_EMAIL) {
      return "email";
    }
    return null;
  }

  public UserMessages.Shown getProblem() {
    return problem;
  }

  /** The input the refusal is about (aria-invalid, aria-describedby); null if none. */
  public String getProblemField() {
    return problemField;
  }

  public String getModulo() {
    return modulo;
  }

  public void setModulo(String modulo) {
    this.modulo = modulo;
  }

  public String getTitolare() {
    return titolare;
  }

  public void setTitolare(String titolare) {
    this.titolare = titolare;
  }

  public String getCfTitolare() {
    return cfTitolare;
  }

  public void setCfTitolare(String cfTitolare) {
    this.cfTitolare = cfTitolare;
  }

  public String getTessera() {
    return tessera;
  }

  public void setTessera(String tessera) {
    this.tessera = tessera;
  }

  public String getDelegato() {
    return delegato;
  }

  public void setDelegato(String delegato) {
    this.delegato = delegato;
  }

  public String getCfDelegato() {
    return cfDelegato;
  }

  public void setCfDelegato(String cfDelegato) {
    this.cfDelegato = cfDelegato;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
