package it.cns.enrollment.application.counter;

import java.util.Arrays;
import java.util.Objects;

/**
 * What an activation (or a reissue of the codes) gives the counter in one call: the receipt, with
 * the first halves of the codes, and the activation form made from the rows just written ({@code
 * form} is null when it could not be made: the activation stands, and a reissue gives a new form).
 * {@link #wipe()} overwrites the code halves and the form, which holds them too.
 */
public record ActivationOutcome(ActivationReceipt receipt, byte[] form) {

  public ActivationOutcome {
    Objects.requireNonNull(receipt, "receipt is required");
  }

  /** Whether the form could be made. */
  public boolean hasForm() {
    return form != null;
  }

  /** Overwrites the code halves and the form. */
  public void wipe() {
    receipt.printed().wipe();
    if (form != null) {
      Arrays.fill(form, (byte) 0);
    }
  }

  @Override
  public String toString() {
    return "ActivationOutcome[" + receipt + ", form " + (form == null ? "missing" : "made") + "]";
  }
}
