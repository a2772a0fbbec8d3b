package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import it.cns.enrollment.domain.mail.OutboundMail;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The e-mail outbox on the real server, sending to a real SMTP server (GreenMail, in this JVM, on
 * the port the build reserved and gave WildFly as {@code CNS_SMTP_PORT}). Mails are put in the
 * outbox table as the application does, sealed under the test server's key; the server's dispatcher
 * (polling every second, retrying after 1-2 s) does the rest.
 */
class MailOutboxIT extends DeployedApplication {

  private static final String KIND = "TSCNS_ACTIVATION_CODES";
  private static final String SUBJECT =
      "TS-CNS: seconda parte dei codici / second part of the codes";
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final SecureRandom RANDOM = new SecureRandom();

  private GreenMail smtp;

  private void startSmtp() {
    smtp = Counter.smtp();
  }

  @AfterEach
  void stopSmtp() {
    if (smtp != null) {
      smtp.stop();
      smtp = null;
    }
  }

  /** A body with secrets nobody else could have written: 8 random digits for each code. */
  private static String body(String pin, String puk, String cip) {
    return "Gentile titolare,\n\nla seconda parte dei codici della Sua TS-CNS è:\n"
        + "PIN: "
        + pin
        + "\nPUK: "
        + puk
        + "\nCIP: "
        + cip
        + "\n\nPerché i codici siano completi, li unisca alla prima parte ricevuta allo sportello.\n"
        + "\n---\n\nDear holder,\n\nthe second part of your TS-CNS codes is:\n"
        + "PIN: "
        + pin
        + "\nPUK: "
        + puk
        + "\nCIP: "
        + cip
        + "\n";
  }

  private static String digits(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(RANDOM.nextInt(10));
    }
    return s.toString();
  }

  private static String recipient() {
    return "holder." + digits(10) + "@example.it";
  }

  private static <T> T await(String what, Supplier<T> probe, java.util.function.Predicate<T> done)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    T value = probe.get();
    while (!done.test(value)) {
      assertThat(System.nanoTime())
          .as("waiting for " + what + ", last: " + value)
          .isLessThan(deadline);
      Thread.sleep(200);
      value = probe.get();
    }
    return value;
  }

  private List<MimeMessage> receivedBy(String recipient) {
    return Counter.mailsTo(smtp, recipient);
  }

  /** The decoded text; SMTP's end of data takes the final line break, so none is compared. */
  private static String content(MimeMessage message) throws Exception {
    return ((String) message.getContent()).replace("\r\n", "\n").stripTrailing();
  }

  private static String serverLog() throws Exception {
    return Files.readString(
        Path.of(ItEnvironment.property("it.wildfly.home"), "standalone", "log", "server.log"),
        StandardCharsets.UTF_8);
  }

  @Test
  void aDueMailIsSentAsPlainUtf8TextAndItsBodyErased() throws Exception {
    startSmtp();
    String to = recipient();
    String pin = digits(8);
    String puk = digits(8);
    String cip = digits(8);
    String text = body(pin, puk, cip);
    long id = TestOutbox.enqueue(KIND, "activation:" + digits(6), to, SUBJECT, text);

    List<MimeMessage> got = await("the mail", () -> receivedBy(to), l -> !l.isEmpty());
    MimeMessage message = got.get(0);
    assertThat(message.getSubject()).isEqualTo(SUBJECT);
    assertThat(message.getContentType())
        .containsIgnoringCase("text/plain")
        .containsIgnoringCase("UTF-8");
    assertThat(content(message)).isEqualTo(text.stripTrailing());
    assertThat(((InternetAddress) message.getFrom()[0]).getAddress())
        .isEqualTo("noreply@cns-enrollment.test");
    assertThat(message.getMessageID()).isEqualTo("<cns-outbox-" + id + "@cns-enrollment.invalid>");
    assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");

    TestOutbox.Row row = await("SENT", () -> TestOutbox.row(id), r -> r.status().equals("SENT"));
    assertThat(row.sealedBody()).isNull();
    assertThat(row.sentAt()).isNotNull();
    assertThat(row.attempts()).isEqualTo(1);
    assertThat(TestOutbox.deliveryAudit(id))
        .singleElement()
        .satisfies(
            a ->
                assertThat(a)
                    .startsWith("OK | SYSTEM | system | mail=" + id + "; kind=" + KIND + "; ")
                    .contains("h***@example.it")
                    .doesNotContain(to, pin, puk, cip));

    Thread.sleep(3000); // several polls later: still one message
    assertThat(receivedBy(to)).hasSize(1);
    assertThat(serverLog())
        .doesNotContain(pin)
        .doesNotContain(puk)
        .doesNotContain(cip)
        .doesNotContain(to);
  }

  @Test
  void whileTheRelayIsDownTheMailWaitsAndOnceItIsBackArrivesExactlyOnce() throws Exception {
    String to = recipient();
    String pin = digits(8);
    String puk = digits(8);
    String cip = digits(8);
    String text = body(pin, puk, cip);
    String reference = "activation:" + digits(6);
    long id = TestOutbox.enqueue(KIND, reference, to, SUBJECT, text);

    TestOutbox.Row waiting =
        await("a failed attempt", () -> TestOutbox.row(id), r -> r.attempts() >= 1);
    assertThat(waiting.status()).isEqualTo("PENDING");
    assertThat(waiting.lastError()).containsIgnoringCase("connect").doesNotContain(pin);
    assertThat(waiting.nextAttemptAt()).isNotNull();
    // Still sealed, never in clear, and it opens only under the server's key for its own row.
    assertThat(new String(waiting.sealedBody(), StandardCharsets.ISO_8859_1))
        .doesNotContain(pin)
        .doesNotContain("PIN");
    assertThat(
            new String(
                TestOutbox.sealer()
                    .open(waiting.sealedBody(), OutboundMail.associatedData(KIND, reference, to))))
        .isEqualTo(text);

    startSmtp();
    await("the mail after the restart", () -> receivedBy(to), l -> !l.isEmpty());
    TestOutbox.Row sent = await("SENT", () -> TestOutbox.row(id), r -> r.status().equals("SENT"));
    assertThat(sent.sealedBody()).isNull();
    assertThat(sent.attempts()).isGreaterThanOrEqualTo(2);
    assertThat(sent.lastError()).as("the last failure stays visible").isNotNull();

    Thread.sleep(3000);
    assertThat(receivedBy(to)).hasSize(1);
    assertThat(content(receivedBy(to).get(0))).isEqualTo(text.stripTrailing());
    assertThat(serverLog())
        .doesNotContain(pin)
        .doesNotContain(puk)
        .doesNotContain(cip)
        .doesNotContain(to);
  }

  @Test
  void afterTheLastAttemptTheMailIsGivenUpAndItsBodyErased() throws Exception {
    int maxAttempts = Integer.parseInt(ItEnvironment.property("it.mail.max.attempts"));
    String to = recipient();
    String pin = digits(8);
    long id = TestOutbox.enqueue(KIND, "activation:" + digits(6), to, SUBJECT, body(pin, "1", "2"));

    TestOutbox.Row failed =
        await("FAILED", () -> TestOutbox.row(id), r -> r.status().equals("FAILED"));
    assertThat(failed.attempts()).isEqualTo(maxAttempts);
    assertThat(failed.sealedBody()).isNull();
    assertThat(failed.sentAt()).isNull();
    assertThat(failed.lastError()).isNotBlank();
    assertThat(TestOutbox.deliveryAudit(id))
        .singleElement()
        .satisfies(
            a ->
                assertThat(a)
                    .startsWith("GAVE_UP | SYSTEM | system | mail=" + id + "; ")
                    .contains("; attempts=" + maxAttempts + "; lastError=")
                    .doesNotContain(to, pin));

    // Nothing brings it back: the relay is up again, yet no mail goes out.
    startSmtp();
    Thread.sleep(3000);
    assertThat(receivedBy(to)).isEmpty();
    assertThat(TestOutbox.row(id).status()).isEqualTo("FAILED");
    assertThat(serverLog()).doesNotContain(pin).doesNotContain(to);
  }
}
