package it.cns.enrollment.application.counter;

import it.cns.enrollment.application.port.ActivationFormContent;
import it.cns.enrollment.application.port.ActivationFormRenderer;
import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.domain.activation.IdentityDocument;
import it.cns.enrollment.domain.activation.PrivacyConsent;
import it.cns.enrollment.domain.activation.PrivacyNotice;
import it.cns.enrollment.domain.activation.TsCnsActivation;
import it.cns.enrollment.domain.counter.CounterOffice;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The TS-CNS activation form of an activation just written, made in the same call from the rows in
 * hand (the activation, its counter office, the operator) and the first halves of the codes. A form
 * that cannot be made does not undo the activation: the counter is told and a reissue gives a new
 * one.
 */
@Dependent
class ActivationForms {

  private static final Logger LOG = Logger.getLogger(ActivationForms.class.getName());
  private static final ZoneId ITALY = ZoneId.of("Europe/Rome");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ITALY);

  @Inject ActivationFormRenderer renderer;

  /**
   * The form as PDF bytes (two copies: the holder's, with the first halves, and the office's), or
   * null when it could not be made (logged). {@code operator} is the name printed for who acted.
   */
  byte[] formOf(TsCnsActivation a, CounterOffice office, String operator, CodeHalves printed) {
    ActivationFormContent content = null;
    try {
      ActivationCase c = a.activationCase();
      // The document seen for these codes: at the activation, or again at the latest reissue.
      IdentityDocument d = a.identityDocumentOfCurrentCodes();
      content =
          new ActivationFormContent(
              a.holder().toString(),
              // As typed at the counter, never looked up: see PersonNames.
              a.names().holder(),
              a.cardId().value(),
              Messages.ITALIAN.label(c),
              Messages.ENGLISH.label(c),
              a.acting().toString(),
              Messages.ITALIAN.actingRole(c),
              Messages.ITALIAN.label(d.type()),
              d.number(),
              d.issuer(),
              DATE.format(d.expiry()),
              a.documents().stream().map(doc -> Messages.ITALIAN.documentLabel(c, doc)).toList(),
              a.email(),
              Arrays.copyOf(printed.pin(), printed.pin().length),
              Arrays.copyOf(printed.puk(), printed.puk().length),
              Arrays.copyOf(printed.cip(), printed.cip().length),
              a.codesGeneration(),
              operator,
              office.name(),
              office.healthAgency(),
              office.address(),
              DATE_TIME.format(a.codesIssuedAt()),
              a.consent().map(PrivacyConsent::noticeVersion).orElse(PrivacyNotice.CURRENT_VERSION),
              a.consent().map(x -> x.givenBy().toString()).orElse(null),
              a.consent().map(x -> DATE_TIME.format(x.givenAt())).orElse(null),
              a.names().acting());
      return renderer.render(content);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "activation form of activation " + a.id() + " failed", e);
      return null;
    } finally {
      if (content != null) {
        content.wipe();
      }
    }
  }
}
