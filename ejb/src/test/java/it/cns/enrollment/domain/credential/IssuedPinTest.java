package it.cns.enrollment.domain.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IssuedPinTest {

  /** A SecureRandom that answers from a script, to show that the PIN comes from the one given. */
  private static final class ScriptedRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final int[] digits;
    private int next;
    int calls;

    ScriptedRandom(int... digits) {
      this.digits = digits;
    }

    @Override
    public int nextInt(int bound) {
      calls++;
      return digits[next++ % digits.length] % bound;
    }
  }

  @Test
  void isTenDigitsDrawnFromTheGivenSecureRandom() {
    ScriptedRandom random = new ScriptedRandom(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);

    IssuedPin pin = IssuedPin.generate(random);

    assertThat(pin.reveal()).isEqualTo("0123456789");
    assertThat(random.calls).isEqualTo(10);
  }

  @Test
  void freshPinsAreTenDigitsAndDiffer() {
    SecureRandom random = new SecureRandom();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String pin = IssuedPin.generate(random).reveal();
      assertThat(pin).matches("[0-9]{10}");
      seen.add(pin);
    }
    assertThat(seen).hasSizeGreaterThan(995);
  }

  @Test
  void toStringNeverShowsThePin() {
    IssuedPin pin = IssuedPin.generate(new ScriptedRandom(7));

    assertThat(pin.reveal()).isEqualTo("7777777777");
    assertThat(pin.toString()).doesNotContain("7").isEqualTo("IssuedPin[hidden]");
  }

  @Test
  void recognisesTheShapeOfAPin() {
    assertThat(IssuedPin.isWellFormed("0123456789".toCharArray())).isTrue();
    assertThat(IssuedPin.isWellFormed("012345678".toCharArray())).isFalse();
    assertThat(IssuedPin.isWellFormed("012345678a".toCharArray())).isFalse();
    assertThat(IssuedPin.isWellFormed(null)).isFalse();
  }
}
