package it.cns.enrollment.domain.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IssuedCodesTest {

  private final SecureRandom random = new SecureRandom();

  @Test
  void codesHaveTheConfiguredLengthsAndOnlyDigits() {
    ActivationSettings settings = new ActivationSettings(6, 10, 12, 3);
    try (IssuedCodes codes = IssuedCodes.generate(random, settings)) {
      assertThat(new String(codes.whole(CodeKind.PIN))).matches("[0-9]{6}");
      assertThat(new String(codes.whole(CodeKind.PUK))).matches("[0-9]{10}");
      assertThat(new String(codes.whole(CodeKind.CIP))).matches("[0-9]{12}");
    }
  }

  @Test
  void theTwoHalvesAreEqualInLengthAndMakeTheWholeCodeInOrder() {
    try (IssuedCodes codes = IssuedCodes.generate(random, ActivationSettings.defaults())) {
      for (CodeKind kind : CodeKind.values()) {
        String first = new String(codes.firstHalf(kind));
        String second = new String(codes.secondHalf(kind));
        assertThat(first).hasSize(4);
        assertThat(second).hasSize(4);
        assertThat(first + second).isEqualTo(new String(codes.whole(kind)));
      }
    }
  }

  @Test
  void wipingMakesTheCodesUnreadableAndToStringNeverShowsThem() {
    IssuedCodes codes = IssuedCodes.generate(random, ActivationSettings.defaults());
    String pin = new String(codes.whole(CodeKind.PIN));
    assertThat(codes.toString()).doesNotContain(pin).contains("hidden");
    codes.wipe();
    assertThatThrownBy(() -> codes.whole(CodeKind.PIN)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void handedOutCopiesAreIndependentOfTheCodes() {
    try (IssuedCodes codes = IssuedCodes.generate(random, ActivationSettings.defaults())) {
      char[] copy = codes.whole(CodeKind.CIP);
      String before = new String(copy);
      java.util.Arrays.fill(copy, 'x');
      assertThat(new String(codes.whole(CodeKind.CIP))).isEqualTo(before);
    }
  }

  /**
   * Every position of every code, the first included, is roughly uniform over 0-9: over 20000 codes
   * each digit should appear ~2000 times per position; a chi-square over 9 degrees of freedom above
   * 40 happens with probability ~1e-5 for a uniform source, while a leading zero dropped or a digit
   * range off by one gives thousands.
   */
  @Test
  void everyDigitOfEveryPositionIsUniform() {
    int n = 20_000;
    ActivationSettings settings = ActivationSettings.defaults();
    Map<CodeKind, int[][]> counts =
        Map.of(
            CodeKind.PIN,
            new int[8][10],
            CodeKind.PUK,
            new int[8][10],
            CodeKind.CIP,
            new int[8][10]);
    for (int i = 0; i < n; i++) {
      try (IssuedCodes codes = IssuedCodes.generate(random, settings)) {
        for (CodeKind kind : CodeKind.values()) {
          char[] code = codes.whole(kind);
          for (int p = 0; p < code.length; p++) {
            counts.get(kind)[p][code[p] - '0']++;
          }
        }
      }
    }
    double expected = n / 10.0;
    counts.forEach(
        (kind, positions) -> {
          for (int[] digits : positions) {
            double chi = 0;
            for (int count : digits) {
              chi += (count - expected) * (count - expected) / expected;
            }
            assertThat(chi).as(kind + " chi-square").isLessThan(40);
          }
        });
  }

  @Test
  void twoIssuesDiffer() {
    try (IssuedCodes a = IssuedCodes.generate(random, ActivationSettings.defaults());
        IssuedCodes b = IssuedCodes.generate(random, ActivationSettings.defaults())) {
      String all1 =
          new String(a.whole(CodeKind.PIN))
              + new String(a.whole(CodeKind.PUK))
              + new String(a.whole(CodeKind.CIP));
      String all2 =
          new String(b.whole(CodeKind.PIN))
              + new String(b.whole(CodeKind.PUK))
              + new String(b.whole(CodeKind.CIP));
      assertThat(all1).isNotEqualTo(all2);
    }
  }
}
