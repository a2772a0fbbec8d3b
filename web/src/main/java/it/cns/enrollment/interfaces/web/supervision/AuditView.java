package it.cns.enrollment.interfaces.web.supervision;

import it.cns.enrollment.application.audit.AuditPage;
import it.cns.enrollment.application.audit.AuditTrail;
import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.AuditFilter;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.interfaces.web.UserMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The audit trail page: the filter comes in as GET parameters, typed by the f:viewParams'
 * converters ({@link AuditValues}), so every filtered view, and every page of it, is a URL; the CSV
 * link carries the same filter. A value the converters or the filter refuse is put on its
 * parameter, and the page marks the filter field of that parameter.
 */
@Named("auditView")
@RequestScoped
public class AuditView {

  static final String PAGE = "/intranet/supervisione/audit.xhtml";
  private static final String PARAMETER = "p-";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(AuditFilter.ZONE);

  @EJB private AuditTrail trail;

  /** The parameter (of the f:viewParams, client id {@code p-<name>}) each filter refusal names. */
  private static final Map<String, String> REFUSED_PARAMETERS =
      Map.of(
          "AUDIT_DATES_REVERSED", PARAMETER + AuditQuery.FROM,
          "AUDIT_CF_MALFORMED", PARAMETER + AuditQuery.CF);

  private LocalDate from;
  private LocalDate to;
  private String cf;
  private AuditAction action;
  private Channel channel;
  private String actor;
  private String outcome;
  private String requestId;
  private Long before;
  private Long after;

  private AuditFilter filter;
  private AuditPage page;
  private long count;
  private UserMessages.Shown problem;

  /** f:viewAction: reads the filter and the page. */
  public void load() {
    try {
      filter = new AuditFilter(from, to, cf, action, channel, actor, outcome, requestId);
      page = trail.page(filter, AuditQuery.cursor(before, after));
      count = trail.count(filter);
    } catch (RuntimeException e) {
      problem =
          UserMessages.ofField(
              e, FacesContext.getCurrentInstance().getViewRoot().getLocale(), REFUSED_PARAMETERS);
      page = null;
    }
  }

  /**
   * What the page says is wrong: a refusal of the filter, or the message of a parameter its
   * converter refused (the f:viewAction did not run then).
   */
  public UserMessages.Shown getProblem() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (problem == null && context.isValidationFailed()) {
      problem =
          context.getMessageList().stream()
              .findFirst()
              .map(m -> new UserMessages.Shown(ErrorCode.INVALID_REQUEST.name(), m.getSummary()))
              .orElse(null);
    }
    return problem;
  }

  /** Whether the value of parameter {@code name} was refused, to mark its filter field. */
  public boolean invalid(String name) {
    return !FacesContext.getCurrentInstance().getMessageList(PARAMETER + name).isEmpty();
  }

  /** Every action, worded in the page's language (the parameter stays the constant's name). */
  public List<SelectItem> getActions() {
    Messages texts = texts();
    return Arrays.stream(AuditAction.values()).map(a -> new SelectItem(a, texts.label(a))).toList();
  }

  /** Every channel, worded in the page's language. */
  public List<SelectItem> getChannels() {
    Messages texts = texts();
    return Arrays.stream(Channel.values()).map(c -> new SelectItem(c, texts.label(c))).toList();
  }

  public String actionLabel(AuditAction a) {
    return a == null ? "" : texts().label(a);
  }

  public String channelLabel(Channel c) {
    return c == null ? "" : texts().label(c);
  }

  private static Messages texts() {
    return Messages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
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

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getCf() {
    return cf;
  }

  public void setCf(String cf) {
    this.cf = cf;
  }

  public AuditAction getAction() {
    return action;
  }

  public void setAction(AuditAction action) {
    this.action = action;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getRequestId() {
    return requestId;
  }

  public void setRequestId(String requestId) {
    this.requestId = requestId;
  }

  public Long getBefore() {
    return before;
  }

  public void setBefore(Long before) {
    this.before = before;
  }

  public Long getAfter() {
    return after;
  }

  public void setAfter(Long after) {
    this.after = after;
  }
}
