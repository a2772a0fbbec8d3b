package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.intranet.CounterDirectory;
import it.cns.enrollment.application.intranet.CounterOfficeView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The public directory of the enabled counter offices (sportelli.xhtml), read once a request. */
@Named
@RequestScoped
public class CounterOffices {

  @EJB CounterDirectory directory;

  private List<CounterOfficeView> enabled;

  public List<CounterOfficeView> getEnabled() {
    if (enabled == null) {
      enabled = directory.enabledOffices();
    }
    return enabled;
  }
}
