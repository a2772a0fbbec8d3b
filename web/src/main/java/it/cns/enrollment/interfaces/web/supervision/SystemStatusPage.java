package it.cns.enrollment.interfaces.web.supervision;

import it.cns.enrollment.application.port.NodeStatus;
import it.cns.enrollment.application.port.StoredFigures;
import it.cns.enrollment.application.status.DailySeries;
import it.cns.enrollment.application.status.StatusReport;
import it.cns.enrollment.application.status.SystemStatus;
import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.interfaces.web.UserMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

/**
 * The system status page for supervisors ({@code /intranet/supervisione/stato.xhtml}): one call to
 * {@link SystemStatus} per request, its figures in the page's language, and the charts drawn as
 * inline SVG ({@link SvgBarChart}) each with its table of figures. While the database is away the
 * report holds only what the node knows, and the page says so.
 */
@Named("stato")
@RequestScoped
public class SystemStatusPage {

  private static final String BUNDLE = "it.cns.enrollment.interfaces.web.supervision.Supervision";
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ROME);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ROME);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

  @EJB private SystemStatus status;

  private StatusReport report;
  private UserMessages.Shown problem;
  private List<Chart> charts;

  /** One chart: the SVG and its figures as a table (rows are days, columns series). */
  public record Chart(
      String id,
      String heading,
      String svg,
      String caption,
      List<String> columns,
      List<String> keys,
      List<Row> rows) {}

  /** A day of a chart's table. */
  public record Row(String day, String isoDay, List<Long> values, long total) {}

  /** The report, asked once per request; null (and {@link #getProblem}) if it could not be had. */
  public StatusReport getReport() {
    if (report == null && problem == null) {
      try {
        report = status.report();
      } catch (RuntimeException e) {
        problem = UserMessages.of(e, locale());
      }
    }
    return report;
  }

  public UserMessages.Shown getProblem() {
    getReport();
    return problem;
  }

  public NodeStatus.TrustedIssuers getTrust() {
    return getReport() == null ? null : report.trust();
  }

  public NodeStatus.RevocationServices getRevocation() {
    return getReport() == null ? null : report.revocation();
  }

  /** What the database holds; null while it is away. */
  public StatusReport.Stored getStored() {
    return getReport() == null ? null : report.stored().orElse(null);
  }

  public StoredFigures.OutboxBacklog getOutbox() {
    return getStored() == null ? null : getStored().outbox();
  }

  /** The three charts, in the page's language; empty while the database is away. */
  public List<Chart> getCharts() {
    if (charts == null) {
      StatusReport.Stored s = getStored();
      charts =
          s == null
              ? List.of()
              : List.of(
                  chart("activations", s.activations(), s, UnaryOperator.identity()),
                  // Login outcomes are codes: their legend and columns in words (issue #18).
                  chart("logins", s.logins(), s, this::loginOutcome),
                  chart("partnerCalls", s.partnerCalls(), s, UnaryOperator.identity()));
    }
    return charts;
  }

  private Chart chart(
      String id, DailySeries data, StatusReport.Stored s, UnaryOperator<String> names) {
    List<String> columns = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<SvgBarChart.Series> series = new ArrayList<>();
    data.series()
        .forEach(
            (name, values) -> {
              String shown = names.apply(name);
              columns.add(shown);
              keys.add(name);
              series.add(new SvgBarChart.Series(shown, values));
            });
    List<String> categories = data.days().stream().map(DAY::format).toList();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < data.days().size(); i++) {
      LocalDate day = data.days().get(i);
      int d = i;
      rows.add(
          new Row(
              day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
              day.toString(),
              data.series().values().stream().map(v -> v.get(d)).toList(),
              data.totalOn(day)));
    }
    String heading = text("status.chart." + id);
    String from = s.first().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    String to = s.last().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    String description =
        data.total() == 0
            ? text("status.chart." + id + ".descNone", from, to)
            : text("status.chart." + id + ".desc", from, to, data.total(), series.size());
    String svg =
        SvgBarChart.render(
            "chart-" + id, heading, description, categories, series, text("status.chart.empty"));
    return new Chart(id, heading, svg, text("status.chart.table", heading), columns, keys, rows);
  }

  private String loginOutcome(String code) {
    return "OK".equals(code) ? text("status.login.ok") : Messages.in(locale()).outcome(code);
  }

  public String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  public String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private static String text(String key, Object... args) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, locale(), SystemStatusPage.class.getClassLoader());
    return new MessageFormat(bundle.getString(key), locale()).format(args);
  }
}
