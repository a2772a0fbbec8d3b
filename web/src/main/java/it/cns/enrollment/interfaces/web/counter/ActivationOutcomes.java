package it.cns.enrollment.interfaces.web.counter;

import it.cns.enrollment.application.counter.ActivationFormService;
import it.cns.enrollment.application.counter.ActivationReceipt;
import it.cns.enrollment.domain.activation.ActivationCase;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The operator's latest activations (and reissues) whose outcome page may still be open: what the
 * page shows and the first halves of the codes until they have been shown once. Only in the
 * session, never in the database; a few at most, the oldest wiped first. Each is found by a random
 * token in the outcome page's URL. The form's PDF is not here: the session is copied to the other
 * nodes of a cluster, so the form waits sealed in the database ({@link ActivationFormService}).
 */
@SessionScoped
public class ActivationOutcomes implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int KEPT = 5;
  private static final SecureRandom RANDOM = new SecureRandom();

  private static final Logger LOG = Logger.getLogger(ActivationOutcomes.class.getName());

  @EJB private ActivationFormService forms;

  private final Map<String, Outcome> outcomes = new LinkedHashMap<>();

  /**
   * Keeps an outcome and hands its form (null when it could not be made) to the form store; returns
   * its token. The receipt's halves are copied and the form wiped (the caller wipes the halves).
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
    return remember(receipt, reissue, formKept);
  }

  private synchronized String remember(ActivationReceipt receipt, boolean reissue, boolean form) {
    byte[] id = new byte[16];
    RANDOM.nextBytes(id);
    String token = HexFormat.of().formatHex(id);
    outcomes.put(token, new Outcome(receipt, reissue, form));
    Iterator<Outcome> oldest = outcomes.values().iterator();
    while (outcomes.size() > KEPT) {
      oldest.next().wipe();
      oldest.remove();
    }
    return token;
  }

  synchronized Optional<Outcome> find(String token) {
    return token == null ? Optional.empty() : Optional.ofNullable(outcomes.get(token));
  }

  /** One activation's outcome. */
  static final class Outcome implements Serializable {
    private static final long serialVersionUID = 1L;

    final long activationId;
    final String cardIdMasked;
    final String holderCf;
    final ActivationCase activationCase;
    final Instant activatedAt;
    final int codesGeneration;
    final String mailReference;
    final boolean reissue;

    /** Whether the form was made and kept for download (it may have been downloaded since). */
    final boolean formMade;

    private char[] pin;
    private char[] puk;
    private char[] cip;

    private Outcome(ActivationReceipt r, boolean reissue, boolean formMade) {
      this.activationId = r.activationId();
      this.cardIdMasked = r.cardIdMasked();
      this.holderCf = r.holderCf();
      this.activationCase = r.activationCase();
      this.activatedAt = r.activatedAt();
      this.codesGeneration = r.codesGeneration();
      this.mailReference = r.mailReference();
      this.reissue = reissue;
      this.pin = r.printed().pin().clone();
      this.puk = r.printed().puk().clone();
      this.cip = r.printed().cip().clone();
      this.formMade = formMade;
    }

    /** The first halves (PIN, PUK, CIP) the first time, then null: they are shown once. */
    synchronized String[] takeHalves() {
      if (pin == null) {
        return null;
      }
      String[] halves = {new String(pin), new String(puk), new String(cip)};
      wipeHalves();
      return halves;
    }

    private void wipeHalves() {
      if (pin != null) {
        Arrays.fill(pin, '\0');
        Arrays.fill(puk, '\0');
        Arrays.fill(cip, '\0');
      }
      pin = null;
      puk = null;
      cip = null;
    }

    synchronized void wipe() {
      wipeHalves();
    }
  }
}
