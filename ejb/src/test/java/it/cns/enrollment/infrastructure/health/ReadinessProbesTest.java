package it.cns.enrollment.infrastructure.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/** The probes in lib/ cannot see this module's classes: their constants must agree by value. */
class ReadinessProbesTest {

  private static Object constant(String className, String field) throws Exception {
    Field f = Class.forName(className).getDeclaredField(field);
    f.setAccessible(true);
    return f.get(null);
  }

  @Test
  void theProbesLookUpTheBeanWhereItIsBound() throws Exception {
    assertThat(constant("it.cns.enrollment.infrastructure.health.probe.ApplicationProbe", "PROBES"))
        .isEqualTo(ReadinessProbes.JNDI);
  }

  @Test
  void everyCheckHasItsProbeAndAnUnknownNameIsDown() throws Exception {
    String base = "it.cns.enrollment.infrastructure.health.probe.";
    ReadinessProbes probes = new ReadinessProbes();
    assertThat(probes.apply("no-such-check")).containsEntry("status", "DOWN");
    for (String[] pair :
        new String[][] {
          {"DatabaseProbe", DatabaseReadiness.NAME},
          {"TrustedIssuersProbe", TrustedIssuersReadiness.NAME},
          {"OutboxKeyProbe", OutboxKeyReadiness.NAME},
          {"MailRelayProbe", MailRelayReadiness.NAME}
        }) {
      Object probe = Class.forName(base + pair[0]).getDeclaredConstructor().newInstance();
      Field name = Class.forName(base + "ApplicationProbe").getDeclaredField("name");
      name.setAccessible(true);
      assertThat(name.get(probe)).as(pair[0]).isEqualTo(pair[1]);
    }
  }
}
