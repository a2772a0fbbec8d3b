package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.credentials.PersonalArea;
import it.cns.enrollment.application.credentials.PersonalAreaService;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.domain.audit.Channel;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;

/** The personal area: account, sites, cards (unbind with confirmation), credential status. */
@Named("areaPersonale")
@ViewScoped
public class PersonalAreaPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PersonalAreaService service;
  @Inject private CitizenSession session;
  @Inject private Caller caller;

  // Re-read after the view is deserialized (another node): the record is not serializable.
  private transient PersonalArea area;
  private Long confirming;
  private UserMessages.Shown problem;
  private boolean unbound;

  /** f:viewAction: only a logged-in citizen has a personal area. */
  public void load() throws IOException {
    if (!session.isAuthenticated()) {
      var context = FacesContext.getCurrentInstance().getExternalContext();
      context.redirect(Listener.PUBLIC.url((HttpServletRequest) context.getRequest(), "/"));
      return;
    }
    area = service.view(session.getCodiceFiscale());
  }

  public void askUnbind(long bindingId) {
    confirming = bindingId;
    unbound = false;
  }

  public void cancelUnbind() {
    confirming = null;
  }

  public void confirmUnbind() {
    try {
      Channel channel =
          Listener.of(
                  (HttpServletRequest)
                      FacesContext.getCurrentInstance().getExternalContext().getRequest())
              .channel();
      caller.enter(session.actor(), channel);
      service.unbind(confirming);
      unbound = true;
      problem = null;
    } catch (RuntimeException e) {
      problem = UserMessages.of(e, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
    confirming = null;
    area = service.view(session.getCodiceFiscale());
  }

  public String date(Instant instant) {
    return Dates.date(instant);
  }

  public String dateTime(Instant instant) {
    return Dates.dateTime(instant);
  }

  public PersonalArea getArea() {
    if (area == null && session.isAuthenticated()) {
      area = service.view(session.getCodiceFiscale());
    }
    return area;
  }

  public Long getConfirming() {
    return confirming;
  }

  public boolean isUnbound() {
    return unbound;
  }

  public UserMessages.Shown getProblem() {
    return problem;
  }
}
