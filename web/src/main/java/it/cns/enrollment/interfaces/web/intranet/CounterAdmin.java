package it.cns.enrollment.interfaces.web.intranet;

import it.cns.enrollment.application.intranet.CounterDirectory;
import it.cns.enrollment.application.intranet.CounterOfficeView;
import it.cns.enrollment.domain.counter.CounterOfficeDetails;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.error.InvalidRequestException;
import it.cns.enrollment.interfaces.web.ParameterConverter;
import it.cns.enrollment.interfaces.web.UserMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Supervision of the counter offices (/intranet/supervisione/sportelli.xhtml): list, create, edit
 * ({@code ?modifica=<id>}, an f:viewParam read on GET only, fills the form), enable and disable.
 * The service checks the supervisor's role and audits every change.
 */
@Named
@RequestScoped
public class CounterAdmin {

  /** The client id of the page's f:viewParam {@code modifica}: a refused id is put on it. */
  static final String EDIT_PARAMETER_ID = "p-modifica";

  /** The problem of an edit link whose id names no office (or is no id at all). */
  static final String UNKNOWN_OFFICE = "COUNTER_OFFICE_UNKNOWN";

  /** The id of the office to edit, as the edit links carry it. */
  @FacesConverter("counterOfficeId")
  public static final class OfficeId extends ParameterConverter<Long> {
    public OfficeId() {
      super(UNKNOWN_OFFICE);
    }

    @Override
    protected Long read(String text) {
      return Long.valueOf(text);
    }
  }

  private static final Logger LOG = Logger.getLogger(CounterAdmin.class.getName());

  @EJB CounterDirectory directory;

  private List<CounterOfficeView> offices;

  private Long editId;
  private String name;
  private String healthAgency;
  private String address;
  private String openingHours;
  private String province;
  private String town;
  private String phone;
  private String email;
  private String openingHoursEn;

  private String done;
  private UserMessages.Shown problem;

  /**
   * The f:viewAction of a GET: with {@code ?modifica=<id>} (typed by the f:viewParam's {@link
   * OfficeId}) the form shows that office's details; an id no office has is refused on the
   * parameter, and the form stays the creation form.
   */
  public void load() {
    if (editId == null) {
      return;
    }
    long id = editId;
    editId = null;
    getOffices().stream()
        .filter(o -> o.id() == id)
        .findFirst()
        .ifPresentOrElse(
            o -> {
              editId = o.id();
              name = o.name();
              healthAgency = o.healthAgency();
              address = o.address();
              openingHours = o.openingHours();
              province = o.province();
              town = o.town();
              phone = o.phone();
              email = o.email();
              openingHoursEn = o.openingHoursEn();
            },
            () -> {
              // Unless the list itself was refused (the role), which the page says already.
              if (problem == null) {
                LOG.info(() -> "edit link refused: no counter office " + id);
                problem =
                    UserMessages.ofField(
                        new InvalidRequestException(UNKNOWN_OFFICE, "no counter office " + id),
                        FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                        Map.of(UNKNOWN_OFFICE, EDIT_PARAMETER_ID));
              }
            });
  }

  public List<CounterOfficeView> getOffices() {
    if (offices == null) {
      offices = attempt(() -> directory.allOffices(), List.of());
    }
    return offices;
  }

  public String save() {
    CounterOfficeDetails details =
        new CounterOfficeDetails(
            name,
            healthAgency,
            address,
            openingHours,
            province,
            town,
            phone,
            email,
            openingHoursEn);
    CounterOfficeView saved =
        editId == null
            ? attempt(() -> directory.create(details), null)
            : attempt(() -> directory.edit(editId, details), null);
    if (saved != null) {
      done = editId == null ? "created" : "edited";
      editId = null;
      name = null;
      healthAgency = null;
      address = null;
      openingHours = null;
      province = null;
      town = null;
      phone = null;
      email = null;
      openingHoursEn = null;
    }
    offices = null;
    return null;
  }

  public String enable(long id) {
    return toggle(id, true);
  }

  public String disable(long id) {
    return toggle(id, false);
  }

  private String toggle(long id, boolean enabled) {
    if (attempt(() -> directory.setEnabled(id, enabled), null) != null) {
      done = enabled ? "enabled" : "disabled";
    }
    offices = null;
    return null;
  }

  private <T> T attempt(Supplier<T> call, T otherwise) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      problem = UserMessages.of(e, FacesContext.getCurrentInstance().getViewRoot().getLocale());
      return otherwise;
    }
  }

  public boolean isEditing() {
    return editId != null;
  }

  public String getDone() {
    return done;
  }

  /**
   * What went wrong, if anything. The lists are read first: the message is rendered above them, and
   * a refusal to read them (the role checked in the database) must show there too. An edit id the
   * converter refused is the view parameter's message (the f:viewAction did not run then).
   */
  public UserMessages.Shown getProblem() {
    getOffices();
    FacesContext context = FacesContext.getCurrentInstance();
    if (problem == null && context.isValidationFailed()) {
      problem =
          context.getMessageList(EDIT_PARAMETER_ID).stream()
              .findFirst()
              .map(m -> new UserMessages.Shown(ErrorCode.INVALID_REQUEST.name(), m.getSummary()))
              .orElse(null);
    }
    return problem;
  }

  public Long getEditId() {
    return editId;
  }

  public void setEditId(Long editId) {
    this.editId = editId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getHealthAgency() {
    return healthAgency;
  }

  public void setHealthAgency(String healthAgency) {
    this.healthAgency = healthAgency;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getOpeningHours() {
    return openingHours;
  }

  public void setOpeningHours(String openingHours) {
    this.openingHours = openingHours;
  }

  public String getProvince() {
    return province;
  }

  public void setProvince(String province) {
    this.province = province;
  }

  public String getTown() {
    return town;
  }

  public void setTown(String town) {
    this.town = town;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getOpeningHoursEn() {
    return openingHoursEn;
  }

  public void setOpeningHoursEn(String openingHoursEn) {
    this.openingHoursEn = openingHoursEn;
  }
}
