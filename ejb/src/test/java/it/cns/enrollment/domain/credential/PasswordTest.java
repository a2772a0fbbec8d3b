package it.cns.enrollment.domain.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordTest {

  private static final PasswordPolicy POLICY = PasswordPolicy.standard();

  @Test
  void generatedInitialPasswordsAlwaysSatisfyThePolicy() {
    SecureRandom random = new SecureRandom();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      Password password = Password.generateInitial(random, POLICY);
      assertThat(POLICY.formatViolation(password)).isEmpty();
      String value = password.reveal();
      assertThat(value).hasSize(12).containsPattern("[A-Z]").containsPattern("[a-z]");
      assertThat(value).containsPattern("[0-9]");
      assertThat(value.chars().anyMatch(c -> PasswordPolicy.ALLOWED_SPECIALS.indexOf(c) >= 0))
          .isTrue();
      seen.add(value);
    }
    assertThat(seen).hasSize(1000);
  }

  @Test
  void generatedPasswordsLeaveOutCharactersEasyToConfuse() {
    SecureRandom random = new SecureRandom();
    for (int i = 0; i < 200; i++) {
      assertThat(Password.generateInitial(random, POLICY).reveal())
          .doesNotContainPattern("[0O1lI]");
    }
  }

  @Test
  void toStringNeverShowsThePassword() {
    Password password = Password.of("Segreto123!".toCharArray());

    assertThat(password.toString()).doesNotContain("Segreto").doesNotContain("123");
    assertThat(String.valueOf(password)).isEqualTo("Password[hidden]");
  }

  @Test
  void keepsACopySoTheCallerCanWipeItsArray() {
    char[] typed = "Segreto123!".toCharArray();
    Password password = Password.of(typed);
    java.util.Arrays.fill(typed, 'x');

    assertThat(password.reveal()).isEqualTo("Segreto123!");
  }

  @Test
  void aWipedPasswordCannotBeReadAgain() {
    Password password = Password.of("Segreto123!".toCharArray());
    password.wipe();

    assertThatThrownBy(password::chars).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(password::reveal).isInstanceOf(IllegalStateException.class);
  }
}
