package it.cns.enrollment.domain.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.domain.operator.OperatorRole;
import org.junit.jupiter.api.Test;

class ActorTest {

  @Test
  void auditNamesKeepTheFormatTheTrailHasAlwaysStored() {
    assertThat(new Actor.Citizen(CodiceFiscale.parse("MSRNTN77H15C351X").toString()).auditName())
        .isEqualTo("citizen:MSRNTN77H15C351X");
    assertThat(Actor.Citizen.presentingCard().auditName()).isEqualTo("citizen:card");
    assertThat(Actor.Citizen.anonymous().auditName()).isEqualTo("citizen:anonymous");
    assertThat(new Actor.Staff("anna", OperatorRole.OPERATOR).auditName())
        .isEqualTo("operator:anna");
    assertThat(new Actor.Staff("capo", OperatorRole.SUPERVISOR).auditName())
        .isEqualTo("supervisor:capo");
    assertThat(new Actor.Partner(7, "ASL Uno").auditName()).isEqualTo("partner:ASL Uno");
    assertThat(Actor.SYSTEM.auditName()).isEqualTo("system");
  }

  @Test
  void aTypedCodeIsKeptOnlyWhenItHasTheShapeOfOne() {
    assertThat(Actor.Citizen.claiming(" msrntn77h15c351x ").auditName())
        .isEqualTo("citizen:MSRNTN77H15C351X");
    assertThat(Actor.Citizen.claiming("x'; drop table").auditName()).isEqualTo("citizen:?");
    assertThat(Actor.Citizen.claiming(null).auditName()).isEqualTo("citizen:?");
    assertThat(Actor.Citizen.claiming("MSRNTN77H15C351X").codiceFiscale())
        .contains("MSRNTN77H15C351X");
    assertThat(Actor.Citizen.presentingCard().codiceFiscale()).isEmpty();
  }

  @Test
  void refusesArbitraryCitizenReferencesAndBlankUsernames() {
    assertThatThrownBy(() -> new Actor.Citizen("someone else"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Actor.Staff(" ", OperatorRole.OPERATOR))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Actor.Staff("anna", null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void onlyASupervisorIsASupervisor() {
    assertThat(new Actor.Staff("capo", OperatorRole.SUPERVISOR).isSupervisor()).isTrue();
    assertThat(new Actor.Staff("anna", OperatorRole.OPERATOR).isSupervisor()).isFalse();
  }
}
