package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.card.CredentialsLetterService;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CertificateRefusedException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The PDF with the PIN and initial password of an abilitazione, downloaded once by the holder of
 * the card that was enabled, over the smartcard listener (the card identifies who asks; nothing in
 * the URL does). {@code Cache-Control: no-store}: no browser or proxy keeps a copy. A letter
 * already taken or expired, or another card, gets a plain-text refusal in the person's language.
 */
@WebServlet(CredentialsLetterDownload.PATH)
public class CredentialsLetterDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/smartcard/credenziali.pdf";
  static final String FILE_NAME = "credenziali-fisconline.pdf";

  @EJB private transient CredentialsLetterService letters;
  @Inject private transient Caller caller;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.setHeader("Cache-Control", "no-store");
    byte[] pdf;
    try {
      caller.enter(Actor.Citizen.presentingCard(), Channel.SMARTCARD);
      pdf = letters.handOut(ClientCertificates.of(req));
    } catch (EJBException | BusinessRefusal | CertificateRefusedException e) {
      Locale locale = "en".equals(req.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.ITALIAN;
      UserMessages.Shown shown = UserMessages.of(e, locale);
      res.setStatus(
          ErrorCode.CREDENTIALS_LETTER_GONE.name().equals(shown.code())
              ? HttpServletResponse.SC_GONE
              : HttpServletResponse.SC_FORBIDDEN);
      res.setContentType("text/plain");
      res.setCharacterEncoding(StandardCharsets.UTF_8.name());
      res.getWriter().println(shown.code() + ": " + shown.message());
      return;
    }
    try {
      res.setContentType("application/pdf");
      res.setContentLength(pdf.length);
      res.setHeader("Content-Disposition", "attachment; filename=\"" + FILE_NAME + "\"");
      res.getOutputStream().write(pdf);
    } finally {
      Arrays.fill(pdf, (byte) 0);
    }
  }
}
