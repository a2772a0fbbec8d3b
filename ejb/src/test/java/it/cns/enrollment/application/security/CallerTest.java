package it.cns.enrollment.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.operator.OperatorRole;
import org.junit.jupiter.api.Test;

class CallerTest {

  private static final Actor.Staff ANNA = new Actor.Staff("anna", OperatorRole.OPERATOR);

  @Test
  void nobodyAtAnEdgeIsTheSystem() {
    Caller c = new Caller();
    assertThat(c.actor()).isEqualTo(Actor.SYSTEM);
    assertThat(c.channel()).isEqualTo(Channel.SYSTEM);
    assertThat(c.auditName()).isEqualTo("system");
    assertThat(c.requestId()).isNull();
  }

  @Test
  void isSetOnceAndTheSameAgainIsHarmless() {
    Caller c = new Caller();
    c.enter(ANNA, Channel.COUNTER);
    c.enter(new Actor.Staff("anna", OperatorRole.OPERATOR), Channel.COUNTER);
    assertThat(c.auditName()).isEqualTo("operator:anna");
    assertThatThrownBy(
            () -> c.enter(new Actor.Staff("capo", OperatorRole.SUPERVISOR), Channel.COUNTER))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> c.enter(ANNA, Channel.PUBLIC))
        .isInstanceOf(IllegalStateException.class);
    assertThat(c.auditName()).isEqualTo("operator:anna");
  }

  @Test
  void carriesAPartnersRequestId() {
    Caller c = new Caller();
    c.enter(new Actor.Partner(1, "ASL Uno"), Channel.PARTNER, "req-1");
    assertThat(c.requestId()).isEqualTo("req-1");
    assertThat(c.channel()).isEqualTo(Channel.PARTNER);
  }

  @Test
  void onlyAnIntranetUserIsStaff() {
    assertThat(Callers.as(ANNA, Channel.COUNTER).staff()).isEqualTo(ANNA);
    assertThatThrownBy(() -> Callers.as(Actor.Citizen.anonymous(), Channel.PUBLIC).staff())
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.OPERATOR_NOT_PERMITTED));
    assertThatThrownBy(() -> new Caller().staff()).isInstanceOf(BusinessRefusal.class);
  }
}
