package it.cns.enrollment.domain.mail;

import java.util.Arrays;
import java.util.Objects;

/**
 * A plain-text mail to put in the outbox.
 *
 * @param kind what sort of mail, for the operator and the audit trail (e.g. {@code
 *     TSCNS_ACTIVATION_CODES}); at most 32 characters
 * @param reference what it belongs to, where the operator looks for its state (e.g. {@code
 *     activation:42}); at most 64 characters
 * @param recipient the address; must be valid (see {@link EmailAddress}), kept normalised
 * @param subject one line, at most 300 characters
 * @param body the text (UTF-8 on the wire); may carry secrets: the caller owns the array and may
 *     wipe it once the mail is enqueued, because the outbox seals a copy
 */
public record OutgoingMail(
    String kind, String reference, String recipient, String subject, char[] body) {

  public static final int MAX_KIND_LENGTH = 32;
  public static final int MAX_REFERENCE_LENGTH = 64;
  public static final int MAX_SUBJECT_LENGTH = 300;

  /**
   * @throws it.cns.enrollment.domain.error.BusinessRefusal with {@code INVALID_EMAIL} when the
   *     recipient is not a valid address
   * @throws IllegalArgumentException when another part is missing or too long
   */
  public OutgoingMail {
    kind = requireText(kind, "kind", MAX_KIND_LENGTH);
    reference = requireText(reference, "reference", MAX_REFERENCE_LENGTH);
    recipient = EmailAddress.parse(recipient).value();
    subject = requireText(subject, "subject", MAX_SUBJECT_LENGTH);
    if (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
      // A line break in a header would let the text add headers of its own.
      throw new IllegalArgumentException("subject must be one line");
    }
    Objects.requireNonNull(body, "body is required");
    if (body.length == 0) {
      throw new IllegalArgumentException("body is empty");
    }
  }

  private static String requireText(String value, String what, int max) {
    Objects.requireNonNull(value, what + " is required");
    if (value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException(what + " must be 1 to " + max + " characters");
    }
    return value;
  }

  /** The recipient as a value object. */
  public EmailAddress recipientAddress() {
    return EmailAddress.parse(recipient);
  }

  /** Overwrites the body with zeros (the caller's copy; the outbox has sealed its own). */
  public void wipeBody() {
    Arrays.fill(body, '\0');
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OutgoingMail m
        && kind.equals(m.kind)
        && reference.equals(m.reference)
        && recipient.equals(m.recipient)
        && subject.equals(m.subject)
        && Arrays.equals(body, m.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, reference, recipient, subject, Arrays.hashCode(body));
  }

  /** Never the body, and the recipient masked. */
  @Override
  public String toString() {
    return "OutgoingMail[kind="
        + kind
        + ", reference="
        + reference
        + ", recipient="
        + EmailAddress.mask(recipient)
        + ", subject="
        + subject
        + ", body=("
        + body.length
        + " characters, hidden)]";
  }
}
