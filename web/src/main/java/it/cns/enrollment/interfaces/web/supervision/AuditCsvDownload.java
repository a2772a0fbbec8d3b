package it.cns.enrollment.interfaces.web.supervision;

import it.cns.enrollment.application.audit.AuditTrail;
import it.cns.enrollment.domain.audit.AuditFilter;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.interfaces.web.UserMessages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The audit trail as a CSV download ({@code text/csv}, attachment), for the same GET parameters as
 * the page. Its URL sits under {@code /intranet/supervisione/}, so web.xml lets only supervisors in
 * and ListenerGuard only the public listener; {@code AuditTrail.export} checks the role again and
 * streams the rows as it reads them.
 */
@WebServlet(AuditCsvDownload.PATH)
public class AuditCsvDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/intranet/supervisione/audit.csv";
  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(AuditFilter.ZONE);

  @EJB private transient AuditTrail trail;
  @Inject private transient Clock clock;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Locale locale = "en".equals(req.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.ITALIAN;
    CsvAttachment out = new CsvAttachment(res, "audit-" + FILE_TIME.format(clock.instant()));
    try {
      trail.export(AuditQuery.filter(req::getParameter), out);
    } catch (BusinessRefusal | EJBException e) {
      if (out.started) {
        throw new IOException("audit export broken off", e);
      }
      Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
      int status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
      if (cause instanceof EJBAccessException) {
        // The container refused the role (@RolesAllowed) before the service's own check.
        status = HttpServletResponse.SC_FORBIDDEN;
      } else if (cause instanceof BusinessRefusal refusal) {
        status =
            refusal.code() == ErrorCode.OPERATOR_NOT_PERMITTED
                ? HttpServletResponse.SC_FORBIDDEN
                : HttpServletResponse.SC_BAD_REQUEST;
      }
      UserMessages.Shown shown = UserMessages.of(cause, locale);
      res.setStatus(status);
      res.setContentType("text/plain");
      res.setCharacterEncoding(StandardCharsets.UTF_8.name());
      res.getWriter().println(shown.code() + ": " + shown.message());
    }
  }

  /**
   * The response body, which turns the response into a CSV attachment when the first byte comes: a
   * refusal before that (role, filter) still gets a plain-text answer with its status.
   */
  private static final class CsvAttachment extends OutputStream {
    private final HttpServletResponse res;
    private final String fileName;
    private OutputStream body;
    private boolean started;

    CsvAttachment(HttpServletResponse res, String fileName) {
      this.res = res;
      this.fileName = fileName;
    }

    private OutputStream body() throws IOException {
      if (body == null) {
        started = true;
        res.setContentType("text/csv");
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        res.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"");
        body = res.getOutputStream();
      }
      return body;
    }

    @Override
    public void write(int b) throws IOException {
      body().write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      body().write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      if (body != null) {
        body.flush();
      }
    }
  }
}
