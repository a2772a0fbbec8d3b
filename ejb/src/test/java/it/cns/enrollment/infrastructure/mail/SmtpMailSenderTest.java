package it.cns.enrollment.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class SmtpMailSenderTest {

  @Test
  void theReasonOfAFailureIsOneShortLineWithTheRecipientMasked() {
    MessagingException e =
        new MessagingException(
            "550 5.1.1 <mario.rossi@example.it>: Recipient address rejected\r\n",
            new ConnectException("Connection refused"));
    String reason = SmtpMailSender.reason(e, "mario.rossi@example.it");
    assertThat(reason)
        .isEqualTo(
            "MessagingException: 550 5.1.1 <m***@example.it>: Recipient address rejected"
                + " <- ConnectException: Connection refused");
  }

  @Test
  void aLongReasonIsCut() {
    String reason = SmtpMailSender.reason(new RuntimeException("x".repeat(1000)), null);
    assertThat(reason).hasSizeLessThanOrEqualTo(300);
  }
}
