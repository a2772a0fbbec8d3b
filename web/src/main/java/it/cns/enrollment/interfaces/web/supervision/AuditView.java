package it.cns.enrollment.interfaces.web.supervision;

import it.cns.enrollment.application.audit.AuditPage;
import it.cns.enrollment.application.audit.AuditTrail;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.AuditFilter;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.interfaces.web.UserMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit trail page: the filter comes in as GET parameters (f:viewParam into {@link
 * #getParams()}), so every filtered view, and every page of it, is a URL; the CSV link carries the
 * same filter.
 */
@Named("auditView")
@RequestScoped
public class AuditView {

  static final String PAGE = "/intranet/supervisione/audit.xhtml";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(AuditFilter.ZONE);

  @EJB private AuditTrail trail;

  /** The GET parameters as typed, by name (see {@link AuditQuery}). */
  private final Map<String, String> params = new HashMap<>();

  private AuditFilter filter;
  private AuditPage page;
  private long count;
  private UserMessages.Shown problem;

  /** f:viewAction: reads the filter and the page. */
  public void load() {
    try {
      filter = AuditQuery.filter(params::get);
      page = trail.page(filter, AuditQuery.cursor(params::get));
      count = trail.count(filter);
    } catch (RuntimeException e) {
      problem = UserMessages.of(e, FacesContext.getCurrentInstance().getViewRoot().getLocale());
      page = null;
    }
  }

  public Map<String, String> getParams() {
    return params;
  }

  public List<String> getActions() {
    return Arrays.stream(AuditAction.values()).map(Enum::name).toList();
  }

  public List<String> getChannels() {
    return Arrays.stream(Channel.values()).map(Enum::name).toList();
  }

  public List<AuditEvent> getEvents() {
    return page == null ? List.of() : page.events();
  }

  public boolean isLoaded() {
    return page != null;
  }

  public long getCount() {
    return count;
  }

  public int getExportCap() {
    return AuditTrail.EXPORT_CAP;
  }

  public UserMessages.Shown getProblem() {
    return problem;
  }

  public boolean isHasNewer() {
    return page != null && page.hasNewer();
  }

  public boolean isHasOlder() {
    return page != null && page.hasOlder();
  }

  /** The first page of the same filter. */
  public String getNewestLink() {
    return link(AuditQuery.queryString(filter));
  }

  public String getNewerLink() {
    return page.events().isEmpty()
        ? getNewestLink()
        : link(with(AuditQuery.AFTER, page.newer().afterId()));
  }

  public String getOlderLink() {
    return link(with(AuditQuery.BEFORE, page.older().beforeId()));
  }

  /** The CSV download of the same filter. */
  public String getCsvLink() {
    String query = AuditQuery.queryString(filter);
    return context() + AuditCsvDownload.PATH + (query.isEmpty() ? "" : "?" + query);
  }

  public String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  private String with(String name, long id) {
    String query = AuditQuery.queryString(filter);
    return (query.isEmpty() ? "" : query + "&") + name + "=" + id;
  }

  private String link(String query) {
    return context() + PAGE + (query.isEmpty() ? "" : "?" + query);
  }

  private static String context() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
  }
}
