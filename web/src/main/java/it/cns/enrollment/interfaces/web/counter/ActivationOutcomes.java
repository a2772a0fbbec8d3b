package it.cns.enrollment.interfaces.web.counter;

import it.cns.enrollment.application.counter.ActivationFormService;
import it.cns.enrollment.application.counter.ActivationOutcomeService;
import it.cns.enrollment.application.counter.ActivationReceipt;
import it.cns.enrollment.application.counter.OutcomeSummary;
import it.cns.enrollment.application.counter.ShownOutcome;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Where the wizard and the reissue leave an outcome for the outcome page they redirect to: the form
 * to the form store, the rest to the outcome store ({@link ActivationOutcomeService}), both in the
 * database every node shares and committed before the redirect is written. Nothing here, and
 * nothing of the outcome in the HTTP session: the page after the 302 may run on another node,
 * because the one that confirmed died (issue #14).
 */
@ApplicationScoped
public class ActivationOutcomes {

  private static final Logger LOG = Logger.getLogger(ActivationOutcomes.class.getName());

  @EJB private ActivationFormService forms;
  @EJB private ActivationOutcomeService outcomes;

  /**
   * Keeps an outcome and hands its form (null when it could not be made) to the form store; returns
   * the token of its page. The form is wiped here; the caller wipes the receipt's halves.
   */
  String keep(ActivationReceipt receipt, boolean reissue, byte[] pdf) {
    boolean formKept = false;
    if (pdf != null) {
      try {
        forms.keep(receipt.activationId(), receipt.codesGeneration(), pdf);
        formKept = true;
      } catch (RuntimeException e) {
        // The activation stands; the outcome page says the form is missing and a reissue helps.
        LOG.severe(
            () ->
                "activation form of activation "
                    + receipt.activationId()
                    + " not kept for download: "
                    + e);
      } finally {
        Arrays.fill(pdf, (byte) 0);
      }
    }
    return outcomes.keep(receipt, reissue, formKept);
  }

  /** The outcome with its first halves the first time (see ActivationOutcomeService.show). */
  Optional<ShownOutcome> show(String token) {
    return outcomes.show(token);
  }

  /** The outcome without the halves. */
  Optional<OutcomeSummary> summary(String token) {
    return outcomes.summary(token);
  }
}
