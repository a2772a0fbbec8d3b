package it.cns.enrollment.interfaces.web.supervision;

import it.cns.enrollment.application.intranet.PartnerAdministration;
import it.cns.enrollment.application.intranet.PartnerView;
import it.cns.enrollment.domain.partner.PartnerCertificates;
import it.cns.enrollment.domain.partner.PartnerOperation;
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
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * The partner records page: the list, a registration form (name, certificate upload, operations),
 * enable and disable per row, and for one chosen partner its operations and a new certificate.
 */
@Named("partnerAdmin")
@ViewScoped
public class PartnerAdmin implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "it.cns.enrollment.interfaces.web.supervision.Supervision";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(java.time.ZoneId.of("Europe/Rome"));

  @EJB private PartnerAdministration admin;

  private List<PartnerView> partners;
  private UserMessages.Shown problem;
  private String done;

  // Registration form.
  private String name;
  private transient Part certificate; // an upload lives for its request only
  private PartnerOperation[] operations = new PartnerOperation[0];

  // The partner being changed.
  private Long editingId;
  private PartnerView editing;
  private PartnerOperation[] editingOperations = new PartnerOperation[0];
  private boolean editingSignatureRequired;
  private transient Part replacement;
  private transient Part renewal;

  /** f:viewAction. */
  public void load() {
    refresh();
  }

  public void register() {
    byte[] upload = bytes(certificate);
    if (upload == null) {
      return;
    }
    PartnerView registered = act(() -> admin.register(name, upload, Arrays.asList(operations)));
    if (registered != null) {
      done = text("partner.done.registered", registered.name());
      name = null;
      operations = new PartnerOperation[0];
    }
  }

  public void enable(long id) {
    PartnerView p = act(() -> admin.enable(id));
    if (p != null) {
      done = text("partner.done.enabled", p.name());
    }
  }

  public void disable(long id) {
    PartnerView p = act(() -> admin.disable(id));
    if (p != null) {
      done = text("partner.done.disabled", p.name());
    }
  }

  public void edit(long id) {
    problem = null;
    done = null;
    editing = getPartners().stream().filter(p -> p.id() == id).findFirst().orElse(null);
    editingId = editing == null ? null : editing.id();
    editingOperations =
        editing == null
            ? new PartnerOperation[0]
            : editing.operations().toArray(PartnerOperation[]::new);
    editingSignatureRequired = editing != null && editing.signatureRequired();
  }

  public void closeEdit() {
    editing = null;
    editingId = null;
  }

  public void saveOperations() {
    long id = editingId;
    boolean signed = editingSignatureRequired;
    PartnerView p = act(() -> admin.setOperations(id, Arrays.asList(editingOperations)));
    if (p != null) {
      p = act(() -> admin.requireSignature(id, signed));
    }
    if (p != null) {
      editing = p;
      done = text("partner.done.operations", p.name());
    }
  }

  public boolean isEditingSignatureRequired() {
    return editingSignatureRequired;
  }

  public void setEditingSignatureRequired(boolean editingSignatureRequired) {
    this.editingSignatureRequired = editingSignatureRequired;
  }

  public void replaceCertificate() {
    byte[] upload = bytes(replacement);
    if (upload == null) {
      return;
    }
    long id = editingId;
    PartnerView p = act(() -> admin.replaceCertificate(id, upload));
    if (p != null) {
      editing = p;
      done = text("partner.done.certificate", p.name());
    }
  }

  /** A second certificate for the partner being changed: both recognise it until completed. */
  public void addRenewal() {
    byte[] upload = bytes(renewal);
    if (upload == null) {
      return;
    }
    long id = editingId;
    PartnerView p = act(() -> admin.addRenewalCertificate(id, upload));
    if (p != null) {
      editing = p;
      done = text("partner.done.renewalAdded", p.name());
    }
  }

  public void completeRenewal() {
    long id = editingId;
    PartnerView p = act(() -> admin.completeRenewal(id));
    if (p != null) {
      editing = p;
      done = text("partner.done.renewalCompleted", p.name());
    }
  }

  public void withdrawRenewal() {
    long id = editingId;
    PartnerView p = act(() -> admin.withdrawRenewal(id));
    if (p != null) {
      editing = p;
      done = text("partner.done.renewalWithdrawn", p.name());
    }
  }

  /** Enabled partners whose certificate expires within the warning period with no renewal. */
  public List<PartnerView> getExpiringSoon() {
    return getPartners().stream().filter(p -> p.enabled() && p.expiresSoon()).toList();
  }

  public Part getRenewal() {
    return renewal;
  }

  public void setRenewal(Part renewal) {
    this.renewal = renewal;
  }

  /** The label of an operation; its name when the bundle has none (a newer operation). */
  public String label(PartnerOperation op) {
    try {
      return bundle().getString("partner.op." + op.name());
    } catch (MissingResourceException e) {
      return op.name();
    }
  }

  public String day(Instant instant) {
    return instant == null ? "" : DAY.format(instant);
  }

  public List<PartnerOperation> getAllOperations() {
    return List.of(PartnerOperation.values());
  }

  private <T> T act(Supplier<T> change) {
    problem = null;
    done = null;
    try {
      return change.get();
    } catch (RuntimeException e) {
      problem = UserMessages.of(e, locale());
      return null;
    } finally {
      refresh();
    }
  }

  private void refresh() {
    try {
      partners = admin.partners();
    } catch (RuntimeException e) {
      partners = List.of();
      problem = UserMessages.of(e, locale());
    }
  }

  /** The upload's bytes, at most one more than a certificate may have; null (and why) if none. */
  private byte[] bytes(Part part) {
    problem = null;
    done = null;
    if (part == null || part.getSize() == 0) {
      problem = new UserMessages.Shown("INVALID_REQUEST", text("partner.noFile"));
      return null;
    }
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes(PartnerCertificates.MAX_BYTES + 1);
    } catch (IOException e) {
      problem = UserMessages.of(e, locale());
      return null;
    }
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private static ResourceBundle bundle() {
    return ResourceBundle.getBundle(BUNDLE, locale(), PartnerAdmin.class.getClassLoader());
  }

  private static String text(String key, Object... args) {
    return new MessageFormat(bundle().getString(key), locale()).format(args);
  }

  public List<PartnerView> getPartners() {
    if (partners == null) {
      refresh();
    }
    return partners;
  }

  public UserMessages.Shown getProblem() {
    return problem;
  }

  public String getDone() {
    return done;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Part getCertificate() {
    return certificate;
  }

  public void setCertificate(Part certificate) {
    this.certificate = certificate;
  }

  public PartnerOperation[] getOperations() {
    return operations;
  }

  public void setOperations(PartnerOperation[] operations) {
    this.operations = operations == null ? new PartnerOperation[0] : operations;
  }

  public PartnerView getEditing() {
    return editing;
  }

  public PartnerOperation[] getEditingOperations() {
    return editingOperations;
  }

  public void setEditingOperations(PartnerOperation[] editingOperations) {
    this.editingOperations =
        editingOperations == null ? new PartnerOperation[0] : editingOperations;
  }

  public Part getReplacement() {
    return replacement;
  }

  public void setReplacement(Part replacement) {
    this.replacement = replacement;
  }
}
