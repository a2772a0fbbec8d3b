package it.cns.enrollment.infrastructure.health;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.infrastructure.health.probe.ReadinessVerdicts;
import jakarta.ejb.Local;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/** The probes in lib/ find the EJB module's bean by name, and each asks for its own check. */
class ReadinessProbesTest {

  @Test
  void theProbesLookUpTheBeanUnderItsOwnView() {
    assertThat(ReadinessProbes.class.getAnnotation(Local.class).value())
        .containsExactly(ReadinessVerdicts.class);
    assertThat(ReadinessVerdicts.JNDI)
        .isEqualTo(
            "java:global/cns-enrollment/cns-ejb/"
                + ReadinessProbes.class.getSimpleName()
                + "!"
                + ReadinessVerdicts.class.getName());
  }

  @Test
  void everyCheckHasItsProbeAndAnUnknownNameIsDown() throws Exception {
    String base = "it.cns.enrollment.infrastructure.health.probe.";
    ReadinessProbes probes = new ReadinessProbes();
    assertThat(probes.verdict("no-such-check")).containsEntry("status", "DOWN");
    Field name = Class.forName(base + "ApplicationProbe").getDeclaredField("name");
    name.setAccessible(true);
    for (String[] pair :
        new String[][] {
          {"DatabaseProbe", DatabaseReadiness.NAME},
          {"TrustedIssuersProbe", TrustedIssuersReadiness.NAME},
          {"OutboxKeyProbe", OutboxKeyReadiness.NAME},
          {"MailRelayProbe", MailRelayReadiness.NAME}
        }) {
      Object probe = Class.forName(base + pair[0]).getDeclaredConstructor().newInstance();
      assertThat(name.get(probe)).as(pair[0]).isEqualTo(pair[1]);
    }
  }
}
