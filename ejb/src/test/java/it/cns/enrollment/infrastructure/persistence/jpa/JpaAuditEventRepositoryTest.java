package it.cns.enrollment.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JpaAuditEventRepositoryTest {

  @Test
  void theActorFilterMatchesWildcardsLiterally() {
    assertThat(JpaAuditEventRepository.likeLiteral("50%_off!")).isEqualTo("50!%!_off!!");
    assertThat(JpaAuditEventRepository.likeLiteral("supervisor:anna")).isEqualTo("supervisor:anna");
  }
}
