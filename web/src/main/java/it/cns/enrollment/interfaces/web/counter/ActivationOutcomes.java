package it.cns.enrollment.interfaces.web.counter;

import it.cns.enrollment.application.counter.ActivationReceipt;
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

/**
 * The operator's latest activations (and reissues) whose outcome page may still be open: what the
 * page shows, the first halves of the codes until they have been shown once, and the form's PDF
 * until it has been downloaded once. Only in the session, never in the database; a few at most, the
 * oldest wiped first. Each is found by a random token in the outcome page's URL.
 */
@SessionScoped
public class ActivationOutcomes implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int KEPT = 5;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Outcome> outcomes = new LinkedHashMap<>();

  /** Keeps an outcome; returns its token. The receipt's halves are copied (the caller wipes). */
  synchronized String keep(ActivationReceipt receipt, boolean reissue, byte[] pdf) {
    byte[] id = new byte[16];
    RANDOM.nextBytes(id);
    String token = HexFormat.of().formatHex(id);
    outcomes.put(token, new Outcome(receipt, reissue, pdf));
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
    final String activationCase;
    final Instant activatedAt;
    final int codesGeneration;
    final String mailReference;
    final boolean reissue;
    private char[] pin;
    private char[] puk;
    private char[] cip;
    private byte[] pdf;

    private Outcome(ActivationReceipt r, boolean reissue, byte[] pdf) {
      this.activationId = r.activationId();
      this.cardIdMasked = r.cardIdMasked();
      this.holderCf = r.holderCf();
      this.activationCase = r.activationCase().name();
      this.activatedAt = r.activatedAt();
      this.codesGeneration = r.codesGeneration();
      this.mailReference = r.mailReference();
      this.reissue = reissue;
      this.pin = r.printed().pin().clone();
      this.puk = r.printed().puk().clone();
      this.cip = r.printed().cip().clone();
      this.pdf = pdf;
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

    /** The form the first time, then null: it is handed out once. */
    synchronized byte[] takePdf() {
      byte[] p = pdf;
      pdf = null;
      return p;
    }

    /** Puts the form back when handing it out failed before it left. */
    synchronized void giveBackPdf(byte[] p) {
      if (pdf == null) {
        pdf = p;
      }
    }

    synchronized boolean formAvailable() {
      return pdf != null;
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
      if (pdf != null) {
        Arrays.fill(pdf, (byte) 0);
      }
      pdf = null;
    }
  }
}
