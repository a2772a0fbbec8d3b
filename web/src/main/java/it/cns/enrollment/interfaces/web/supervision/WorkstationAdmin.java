package it.cns.enrollment.interfaces.web.supervision;

import it.cns.enrollment.application.intranet.CounterDirectory;
import it.cns.enrollment.application.intranet.CounterOfficeView;
import it.cns.enrollment.application.intranet.WorkstationAdministration;
import it.cns.enrollment.application.intranet.WorkstationView;
import it.cns.enrollment.domain.partner.PartnerCertificates;
import it.cns.enrollment.interfaces.web.UserMessages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The counter workstations page (supervisione/postazioni.xhtml, issue #18 item 4): the list (label,
 * counter office, fingerprint, state, registered at), registration from an uploaded certificate
 * with a label and one of the enabled offices, enable and disable per row. The checks, the writing
 * and the audit are the use case's ({@link WorkstationAdministration}).
 */
@Named("postazioni")
@ViewScoped
public class WorkstationAdmin implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "it.cns.enrollment.interfaces.web.supervision.Supervision";
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Rome"));

  @EJB private WorkstationAdministration admin;
  @EJB private CounterDirectory directory;

  private List<WorkstationView> workstations = List.of();
  private List<CounterOfficeView> offices = List.of();
  private UserMessages.Shown problem;
  private String done;

  // Registration form.
  private String label;
  private Long officeId;
  private transient Part certificate; // an upload lives for its request only

  /** f:viewAction. */
  public void load() {
    refresh();
  }

  public void register() {
    problem = null;
    done = null;
    byte[] upload = bytes(certificate);
    if (upload == null) {
      return;
    }
    try {
      WorkstationView w = admin.register(upload, label, officeId == null ? 0 : officeId);
      done = text("workstation.done.registered", w.label(), w.counterOffice());
      label = null;
      officeId = null;
    } catch (RuntimeException e) {
      problem = UserMessages.of(e, locale());
    }
    refresh();
  }

  public void enable(String fingerprint) {
    change(fingerprint, true);
  }

  public void disable(String fingerprint) {
    change(fingerprint, false);
  }

  private void change(String fingerprint, boolean enabled) {
    problem = null;
    done = null;
    try {
      admin.setEnabled(fingerprint, enabled);
      done = text(enabled ? "workstation.done.enabled" : "workstation.done.disabled");
    } catch (RuntimeException e) {
      problem = UserMessages.of(e, locale());
    }
    refresh();
  }

  private void refresh() {
    try {
      workstations = admin.workstations();
      offices = directory.enabledOffices();
    } catch (RuntimeException e) {
      workstations = List.of();
      offices = List.of();
      problem = UserMessages.of(e, locale());
    }
  }

  /** The upload's bytes, at most one more than a certificate may have; null (and why) if none. */
  private byte[] bytes(Part part) {
    if (part == null || part.getSize() == 0) {
      problem = new UserMessages.Shown("INVALID_REQUEST", text("workstation.noFile"));
      return null;
    }
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes(PartnerCertificates.MAX_BYTES + 1);
    } catch (IOException e) {
      problem = UserMessages.of(e, locale());
      return null;
    }
  }

  public String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  public List<WorkstationView> getWorkstations() {
    return workstations;
  }

  public List<CounterOfficeView> getOffices() {
    return offices;
  }

  public UserMessages.Shown getProblem() {
    return problem;
  }

  public String getDone() {
    return done;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public Long getOfficeId() {
    return officeId;
  }

  public void setOfficeId(Long officeId) {
    this.officeId = officeId;
  }

  public Part getCertificate() {
    return certificate;
  }

  public void setCertificate(Part certificate) {
    this.certificate = certificate;
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private static String text(String key, Object... args) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, locale(), WorkstationAdmin.class.getClassLoader());
    return new MessageFormat(bundle.getString(key), locale()).format(args);
  }
}
