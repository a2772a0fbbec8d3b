package it.cns.enrollment.application.counter;

import java.util.Arrays;
import java.util.Objects;

/**
 * One half of each code of a TS-CNS (the first half, printed on the activation form). The arrays
 * belong to the holder of this record, who wipes them when done; {@link #toString()} hides them.
 */
public record CodeHalves(char[] pin, char[] puk, char[] cip) {

  public CodeHalves {
    Objects.requireNonNull(pin, "PIN half is required");
    Objects.requireNonNull(puk, "PUK half is required");
    Objects.requireNonNull(cip, "CIP half is required");
  }

  /** Overwrites the three halves. */
  public void wipe() {
    Arrays.fill(pin, '\0');
    Arrays.fill(puk, '\0');
    Arrays.fill(cip, '\0');
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CodeHalves h
        && Arrays.equals(pin, h.pin)
        && Arrays.equals(puk, h.puk)
        && Arrays.equals(cip, h.cip);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(pin), Arrays.hashCode(puk), Arrays.hashCode(cip));
  }

  @Override
  public String toString() {
    return "CodeHalves[hidden]";
  }
}
