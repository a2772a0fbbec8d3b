package it.cns.enrollment.infrastructure.pki.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.domain.identity.KeyUsageBit;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every setting given to the builder is the policy's (the settings reader builds it this way), a
 * copy keeps them, and the values that would switch a check off are refused.
 */
class ValidationPolicyTest {

  @Test
  void everySettingGivenIsThePolicys() {
    ValidationPolicy policy =
        ValidationPolicy.builder()
            .requiredKeyUsage(Set.of(KeyUsageBit.KEY_ENCIPHERMENT))
            .acceptedPolicyOids(List.of("1.2.3.4"))
            .defaultRevocationMode(RevocationMode.FAIL_OPEN)
            .revocationOrder(RevocationSource.CRL)
            .staleCrlGrace(Duration.ofHours(2))
            .maxCrlBytes(12_345)
            .ocspDefaultTtl(Duration.ofMinutes(7))
            .clockSkew(Duration.ofSeconds(90))
            .build();

    for (ValidationPolicy p : List.of(policy, policy.toBuilder().build())) {
      assertThat(p.requiredKeyUsage()).containsExactly(KeyUsageBit.KEY_ENCIPHERMENT);
      assertThat(p.acceptedPolicyOids()).containsExactly("1.2.3.4");
      assertThat(p.defaultRevocationMode()).isEqualTo(RevocationMode.FAIL_OPEN);
      assertThat(p.revocationOrder()).containsExactly(RevocationSource.CRL);
      assertThat(p.staleCrlGrace()).isEqualTo(Duration.ofHours(2));
      assertThat(p.maxCrlBytes()).isEqualTo(12_345);
      assertThat(p.ocspDefaultTtl()).isEqualTo(Duration.ofMinutes(7));
      assertThat(p.clockSkew()).isEqualTo(Duration.ofSeconds(90));
    }
  }

  @Test
  void refusesSettingsThatWouldSwitchACheckOff() {
    assertThatThrownBy(() -> ValidationPolicy.builder().acceptedPolicyOids(List.of()).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ValidationPolicy.builder().revocationOrder().build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ValidationPolicy.builder().maxCrlBytes(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ValidationPolicy.builder().readTimeout(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ValidationPolicy.builder().clockSkew(Duration.ofSeconds(-1)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ValidationPolicy.builder().maxCrlBytes(1).build().maxCrlBytes()).isEqualTo(1);
  }
}
