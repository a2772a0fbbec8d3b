package it.cns.enrollment.infrastructure.health;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.application.port.MailBodySealer;
import it.cns.enrollment.infrastructure.mail.MailSealer;
import java.security.SecureRandom;
import java.util.Base64;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

class OutboxKeyReadinessTest {

  @Test
  void aWorkingKeyIsReady() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    MailSealer sealer = MailSealer.fromBase64Key(Base64.getEncoder().encodeToString(key));
    assertThat(OutboxKeyReadiness.judge(sealer).getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void aSealerThatCannotOpenWhatItSealedIsNotReady() {
    MailBodySealer broken =
        new MailBodySealer() {
          @Override
          public byte[] seal(char[] body, byte[] associatedData) {
            return new byte[] {1, 2, 3};
          }

          @Override
          public char[] open(byte[] sealed, byte[] associatedData) {
            throw new IllegalStateException("cannot open");
          }
        };
    var r = OutboxKeyReadiness.judge(broken);
    assertThat(r.getStatus()).isEqualTo(Status.DOWN);
    assertThat(r.getData().orElseThrow()).containsEntry("error", "IllegalStateException");
  }
}
