package it.cns.enrollment.interfaces.web.agent;

import it.cns.enrollment.application.agent.CardCodes;
import it.cns.enrollment.application.agent.CardCodesService;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.agent.Workstation;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.interfaces.web.ClientCertificates;
import it.cns.enrollment.interfaces.web.UserMessages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Hands the PIN and PUK of a card activated at the counter to the counter agent, once: {@code POST
 * /agente/codici} with the form field {@code carta} (the 16-digit card number), over the partner
 * listener with the workstation's certificate. The answer is {@code text/plain}, {@code
 * Cache-Control: no-store}: lines {@code carta=}, {@code pin=}, {@code puk=}. A refusal is a status
 * (400 not a card number, 403 workstation not registered or of another office, 410 nothing waiting,
 * 503 the service is unavailable) and one line {@code CODE: message} in the language the agent asks
 * for (Italian unless English).
 */
@WebServlet(CardCodesEndpoint.PATH)
public class CardCodesEndpoint extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(CardCodesEndpoint.class.getName());

  static final String PATH = "/agente/codici";
  static final String CARD_FIELD = "carta";

  @EJB private transient CardCodesService codes;
  @Inject private transient Caller caller;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.setHeader("Cache-Control", "no-store");
    res.setContentType("text/plain");
    res.setCharacterEncoding(StandardCharsets.UTF_8.name());
    X509Certificate[] chain = ClientCertificates.of(req);
    if (chain.length == 0) {
      // The partner listener requires a certificate; without one the request came another way.
      LOG.warning("counter agent request without a client certificate refused");
      res.setStatus(HttpServletResponse.SC_FORBIDDEN);
      res.getWriter().println(ErrorCode.WORKSTATION_NOT_REGISTERED.name());
      return;
    }
    caller.enter(
        new Actor.Workstation(Workstation.reference(Workstation.fingerprintOf(chain[0]))),
        Channel.COUNTER);
    try (CardCodes fetched = codes.fetch(chain, req.getParameter(CARD_FIELD))) {
      PrintWriter out = res.getWriter();
      out.print("carta=");
      out.print(fetched.cardId());
      out.print("\npin=");
      out.write(fetched.pin());
      out.print("\npuk=");
      out.write(fetched.puk());
      out.print("\n");
      out.flush();
    } catch (RuntimeException e) {
      // Typed refusals (audited by the service) and failures (EJBException) alike: a status and
      // one line, never a stack trace.
      Locale locale = "en".equals(req.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.ITALIAN;
      UserMessages.Shown shown = UserMessages.of(e, locale);
      res.setStatus(status(e, shown.code()));
      res.getWriter().println(shown.code() + ": " + shown.message());
    }
  }

  private static int status(RuntimeException e, String code) {
    if (e instanceof EJBException) {
      return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
    if (ErrorCode.CARD_CODES_GONE.name().equals(code)) {
      return HttpServletResponse.SC_GONE;
    }
    if (ErrorCode.INVALID_REQUEST.name().equals(code)) {
      return HttpServletResponse.SC_BAD_REQUEST;
    }
    if (ErrorCode.SERVICE_UNAVAILABLE.name().equals(code)) {
      return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
    return HttpServletResponse.SC_FORBIDDEN;
  }
}
