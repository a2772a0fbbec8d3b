package it.cns.enrollment.application.counter;

import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.domain.activation.CodeKind;
import it.cns.enrollment.domain.activation.IssuedCodes;
import it.cns.enrollment.domain.mail.OutgoingMail;
import java.util.Arrays;

/**
 * The e-mail with the SECOND half of each code, Italian then English. It names the half it carries
 * and never the first one (which is printed on the form handed over at the counter), so that
 * neither the mailbox nor the paper alone gives a whole code. The wording ({@code mail.codes.*} in
 * the message bundles) follows the process: the CIP is the one code told to an operator, to revoke
 * the card.
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

  /**
   * The mail for this card's codes, addressed to whoever receives it in the role the activation
   * case gives them (holder, parent, legal representative, delegate); the caller wipes its body
   * once enqueued.
   */
  static OutgoingMail of(
      long activationId,
      ActivationCase activationCase,
      String cardMasked,
      int generation,
      String recipient,
      IssuedCodes codes) {
    SecretText body = new SecretText();
    try {
      part(body, Messages.ITALIAN, activationCase, cardMasked, generation, codes);
      body.append("\n-----\n\n");
      part(body, Messages.ENGLISH, activationCase, cardMasked, generation, codes);
      return new OutgoingMail(
          KIND, reference(activationId), recipient, SUBJECT, body.toCharArray());
    } finally {
      body.wipe();
    }
  }

  private static void part(
      SecretText body,
      Messages texts,
      ActivationCase activationCase,
      String cardMasked,
      int generation,
      IssuedCodes codes) {
    body.append(texts.codesMailOpening(activationCase, cardMasked, generation)).append("\n\n");
    codes(body, codes, texts.codesMailHalf(), texts);
    body.append("\n").append(texts.codesMailClosing(activationCase)).append("\n");
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
