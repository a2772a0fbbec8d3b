package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.intranet.CounterDirectory;
import it.cns.enrollment.application.intranet.CounterOfficeView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;

/**
 * The public directory of the enabled counter offices (sportelli.xhtml), read once a request: all
 * of them, or those of a province ({@code ?provincia=TV}) and town ({@code &comune=Treviso}) chosen
 * in the page's GET form. The choices offered are the places of the enabled offices.
 */
@Named
@RequestScoped
public class CounterOffices {

  @EJB CounterDirectory directory;

  private String provincia;
  private String comune;
  private List<CounterOfficeView> all;
  private List<CounterOfficeView> enabled;

  /** The offices the page lists: those of the place chosen, or all. */
  public List<CounterOfficeView> getEnabled() {
    if (enabled == null) {
      enabled = directory.enabledOffices(provincia, comune);
    }
    return enabled;
  }

  private List<CounterOfficeView> all() {
    if (all == null) {
      all = directory.enabledOffices();
    }
    return all;
  }

  /** The provinces with an enabled office, in order. */
  public List<String> getProvinces() {
    return all().stream()
        .map(CounterOfficeView::province)
        .filter(Objects::nonNull)
        .distinct()
        .sorted()
        .toList();
  }

  /** The towns with an enabled office, in the province chosen (in every one if none is). */
  public List<String> getTowns() {
    return all().stream()
        .filter(o -> provincia == null || provincia.isBlank() || provincia.equals(o.province()))
        .map(CounterOfficeView::town)
        .filter(Objects::nonNull)
        .distinct()
        .sorted()
        .toList();
  }

  /** Whether the list is narrowed to a place. */
  public boolean isFiltered() {
    return (provincia != null && !provincia.isBlank()) || (comune != null && !comune.isBlank());
  }

  public String getProvincia() {
    return provincia;
  }

  public void setProvincia(String provincia) {
    this.provincia = provincia;
  }

  public String getComune() {
    return comune;
  }

  public void setComune(String comune) {
    this.comune = comune;
  }
}
