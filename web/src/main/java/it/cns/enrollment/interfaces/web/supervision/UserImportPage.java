package it.cns.enrollment.interfaces.web.supervision;

import it.cns.enrollment.application.intranet.UserImport;
import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.account.ImportOutcome;
import it.cns.enrollment.domain.account.ImportRefusal;
import it.cns.enrollment.domain.account.ImportReport;
import it.cns.enrollment.domain.error.InvalidRequestException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The import of already-enabled users (supervisione/importa-utenti.xhtml): one upload, then the
 * report of every row - its outcome and, for a refused one, each field and why - in the page's
 * language. The rules, the writing and the audit are the use case's ({@link UserImport}).
 */
@Named("importaUtenti")
@ViewScoped
public class UserImportPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "it.cns.enrollment.interfaces.web.supervision.Supervision";

  /** A line of the report: one per refusal of a refused row, one for any other row. */
  public record Line(
      int row,
      String codiceFiscale,
      String outcomeCode,
      String outcome,
      String fieldCode,
      String field,
      String problemCode,
      String reason)
      implements Serializable {}

  @EJB private UserImport imports;

  private transient Part file; // an upload lives for its request only
  private UserMessages.Shown problem;
  private String summary;
  private boolean refusedRows;
  private List<Line> lines = List.of();

  public void upload() {
    problem = null;
    summary = null;
    lines = List.of();
    if (file == null || file.getSize() == 0) {
      problem =
          new UserMessages.Shown(
              "INVALID_REQUEST",
              Messages.in(locale()).of(new InvalidRequestException("IMPORT_NO_FILE", "no file")));
      return;
    }
    byte[] content;
    try (InputStream in = file.getInputStream()) {
      content = in.readAllBytes();
    } catch (IOException e) {
      problem = UserMessages.of(e, locale());
      return;
    }
    try {
      show(imports.importFile(content));
    } catch (RuntimeException e) {
      problem = UserMessages.of(e, locale());
    }
  }

  private void show(ImportReport report) {
    Messages texts = Messages.in(locale());
    List<Line> out = new ArrayList<>();
    for (ImportReport.RowResult row : report.rows()) {
      String outcome = texts.label(row.outcome());
      if (row.refusals().isEmpty()) {
        String sites =
            row.sitesAdded().isEmpty() || row.outcome() == ImportOutcome.ALREADY_PRESENT
                ? ""
                : text("userImport.sites", String.join(" ", row.sitesAdded()));
        out.add(
            new Line(
                row.row(), row.codiceFiscale(), row.outcome().name(), outcome, "", "", "", sites));
      }
      for (ImportRefusal r : row.refusals()) {
        out.add(
            new Line(
                row.row(),
                row.codiceFiscale(),
                row.outcome().name(),
                outcome,
                r.field() == null ? "RECORD" : r.field().header(),
                texts.label(r.field()),
                r.problem().name(),
                texts.of(r)));
      }
    }
    lines = List.copyOf(out);
    refusedRows = report.anyRefused();
    summary =
        text(
            "userImport.summary",
            report.rows().size(),
            report.count(ImportOutcome.CREATED),
            report.count(ImportOutcome.SITES_ADDED),
            report.count(ImportOutcome.ALREADY_PRESENT),
            report.count(ImportOutcome.REFUSED));
  }

  /** The page's limits, in words. */
  public String getLimits() {
    try {
      return text(
          "userImport.limits",
          Math.max(1, imports.limits().maxBytes() / 1024),
          imports.limits().maxRows());
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private static String text(String key, Object... args) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, locale(), UserImportPage.class.getClassLoader());
    return new MessageFormat(bundle.getString(key), locale()).format(args);
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public UserMessages.Shown getProblem() {
    return problem;
  }

  public String getSummary() {
    return summary;
  }

  public boolean isRefusedRows() {
    return refusedRows;
  }

  public List<Line> getLines() {
    return lines;
  }
}
