package it.cns.enrollment.application.counter;

import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.activation.CodeKind;
import it.cns.enrollment.domain.activation.IssuedCodes;
import it.cns.enrollment.domain.mail.OutgoingMail;
import java.util.Arrays;

/**
 * The e-mail with the SECOND half of each code, Italian then English. It names the half it carries
 * and never the first one (which is printed on the form handed over at the counter), so that
 * neither the mailbox nor the paper alone gives a whole code.
 */
final class ActivationCodesMail {

  static final String KIND = "TSCNS_ACTIVATION_CODES";
  static final String SUBJECT =
      "TS-CNS: seconda parte dei codici personali / second part of your personal codes";

  private ActivationCodesMail() {}

  /** The outbox reference of an activation's mails: "activation:42". */
  static String reference(long activationId) {
    return "activation:" + activationId;
  }

  /** The mail for this card's codes; the caller wipes its body once enqueued. */
  static OutgoingMail of(
      long activationId, String cardMasked, int generation, String recipient, IssuedCodes codes) {
    SecretText body = new SecretText();
    try {
      body.append("Gentile titolare,\n\n")
          .append("per la Sua TS-CNS (tessera n. " + cardMasked + ") sono stati emessi i codici")
          .append(" personali (emissione n. " + generation + "). Questa e-mail contiene la")
          .append(" SECONDA PARTE di ciascun codice; la prima parte è stampata sul modulo di")
          .append(" attivazione consegnato allo sportello. Il codice completo è la prima parte")
          .append(" seguita dalla seconda.\n\n");
      codes(body, codes, "seconda parte", Messages.ITALIAN);
      body.append("\nIl PIN serve per usare la tessera, il PUK per sbloccare il PIN, il CIP per")
          .append(" revocare la tessera in caso di smarrimento o furto. Conservi i codici separati")
          .append(
              " dalla tessera e non li comunichi a nessuno: nessun operatore glieli chiederà.\n")
          .append("Se non ha chiesto Lei l'attivazione, si rivolga a uno sportello abilitato.\n\n")
          .append("-----\n\n")
          .append("Dear card holder,\n\n")
          .append("personal codes have been issued for your TS-CNS (card no. " + cardMasked)
          .append(", issue no. " + generation + "). This e-mail holds the SECOND PART of each")
          .append(" code; the first part is printed on the activation form handed over at the")
          .append(" counter. The whole code is the first part followed by the second.\n\n");
      codes(body, codes, "second part", Messages.ENGLISH);
      body.append(
              "\nThe PIN unlocks the card, the PUK unblocks the PIN, the CIP revokes the card if")
          .append(" it is lost or stolen. Keep the codes apart from the card and tell nobody: no")
          .append(" operator will ask for them.\n")
          .append("If you did not ask for this activation, please contact an enabled counter.\n");
      return new OutgoingMail(
          KIND, reference(activationId), recipient, SUBJECT, body.toCharArray());
    } finally {
      body.wipe();
    }
  }

  private static void codes(SecretText body, IssuedCodes codes, String half, Messages texts) {
    for (CodeKind kind : CodeKind.values()) {
      char[] second = codes.secondHalf(kind);
      try {
        body.append(texts.label(kind) + " - " + half + ": ").append(second).append("\n");
      } finally {
        Arrays.fill(second, '\0');
      }
    }
  }

  /** A growable char buffer that wipes every array it lets go of. */
  static final class SecretText {
    private char[] chars = new char[2048];
    private int length;

    SecretText append(String s) {
      return append(s.toCharArray());
    }

    SecretText append(char[] s) {
      if (length + s.length > chars.length) {
        char[] bigger = Arrays.copyOf(chars, Math.max(chars.length * 2, length + s.length));
        Arrays.fill(chars, '\0');
        chars = bigger;
      }
      System.arraycopy(s, 0, chars, length, s.length);
      length += s.length;
      return this;
    }

    char[] toCharArray() {
      return Arrays.copyOf(chars, length);
    }

    void wipe() {
      Arrays.fill(chars, '\0');
      length = 0;
    }
  }
}
