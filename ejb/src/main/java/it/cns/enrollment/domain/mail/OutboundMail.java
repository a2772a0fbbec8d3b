package it.cns.enrollment.domain.mail;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One mail of the outbox (table {@code outbound_mail}). The body is held sealed (AES-256-GCM under
 * the outbox key, sealed and opened by infrastructure) with {@link #associatedData()} bound to it,
 * so a sealed body copied onto another row (another recipient) does not open. The body is erased
 * when the mail is sent and when it is given up; the database refuses a SENT or FAILED row that
 * still holds one. The recipient's address of such a row is blanked later by the retention job
 * ({@code CNS_RETENTION_MAIL_RECIPIENT_DAYS}): {@link #recipientErased()}.
 */
@Entity
@Table(name = "outbound_mail")
public class OutboundMail {

  /** What stands for an address the retention job erased. */
  public static final String ERASED = "—";

  /** The longest error text kept (the column's size). */
  public static final int MAX_ERROR_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "kind", nullable = false, length = 32, updatable = false)
  private String kind;

  @Column(name = "reference", nullable = false, length = 64, updatable = false)
  private String reference;

  // Null once the retention job erased it (SQL, never through this entity).
  @Column(name = "recipient", length = 254, updatable = false)
  private String recipient;

  @Column(name = "subject", nullable = false, length = 300, updatable = false)
  private String subject;

  @Column(name = "sealed_body")
  private byte[] sealedBody;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private MailStatus status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = MAX_ERROR_LENGTH)
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected OutboundMail() {}

  /**
   * A new mail, due at once, whose body {@code sealedBody} was sealed with {@link
   * #associatedData(String, String, String)} of the same kind, reference and recipient.
   */
  public static OutboundMail pending(OutgoingMail mail, byte[] sealedBody, Instant now) {
    Objects.requireNonNull(mail, "mail is required");
    Objects.requireNonNull(sealedBody, "sealed body is required");
    Objects.requireNonNull(now, "instant is required");
    OutboundMail m = new OutboundMail();
    m.kind = mail.kind();
    m.reference = mail.reference();
    m.recipient = mail.recipient();
    m.subject = mail.subject();
    m.sealedBody = sealedBody.clone();
    m.status = MailStatus.PENDING;
    m.nextAttemptAt = now;
    m.createdAt = now;
    return m;
  }

  /**
   * What the sealed body is bound to: kind, reference and recipient (all fixed at creation), so
   * that the body opens only on its own row's data.
   */
  public static byte[] associatedData(String kind, String reference, String recipient) {
    return ("cns-outbox-v1\n" + kind + "\n" + reference + "\n" + recipient)
        .getBytes(StandardCharsets.UTF_8);
  }

  public byte[] associatedData() {
    return associatedData(kind, reference, recipient);
  }

  /** Whether the dispatcher should try it at {@code now}. */
  public boolean isDue(Instant now) {
    return status == MailStatus.PENDING && !nextAttemptAt.isAfter(now);
  }

  /** The SMTP server took it: the body is erased. */
  public void markSent(Instant at) {
    requirePending();
    attempts = saturatedIncrement(attempts);
    status = MailStatus.SENT;
    sentAt = Objects.requireNonNull(at, "instant is required");
    sealedBody = null;
  }

  /**
   * An attempt failed: counts it, keeps a short error (the caller passes no secrets) and either
   * schedules the next attempt or, when the schedule is exhausted, gives up and erases the body.
   *
   * @return whether the mail was given up (now FAILED)
   */
  public boolean recordFailure(String error, Instant now, RetrySchedule schedule) {
    requirePending();
    Objects.requireNonNull(now, "instant is required");
    attempts = saturatedIncrement(attempts);
    lastError = shorten(error == null || error.isBlank() ? "unknown error" : error);
    if (schedule.exhausted(attempts)) {
      status = MailStatus.FAILED;
      sealedBody = null;
      return true;
    }
    nextAttemptAt = now.plus(schedule.delayAfter(attempts));
    return false;
  }

  /**
   * An operator asks to try again now. Only a PENDING mail can be: a SENT one went out, and a
   * FAILED one has lost its body, so the codes must be issued again instead.
   *
   * @throws BusinessRefusal with {@link ErrorCode#MAIL_NOT_RESENDABLE} otherwise
   */
  public void retryNow(Instant now) {
    if (status != MailStatus.PENDING || sealedBody == null) {
      throw new BusinessRefusal(
          ErrorCode.MAIL_NOT_RESENDABLE, "mail " + id + " is " + status + ", body erased");
    }
    nextAttemptAt = Objects.requireNonNull(now, "instant is required");
  }

  private void requirePending() {
    if (status != MailStatus.PENDING) {
      throw new IllegalStateException("mail " + id + " is " + status + ", not pending");
    }
  }

  private static int saturatedIncrement(int n) {
    return n == Integer.MAX_VALUE ? n : n + 1;
  }

  private static String shorten(String s) {
    return s.length() <= MAX_ERROR_LENGTH ? s : s.substring(0, MAX_ERROR_LENGTH - 1) + "…";
  }

  public Long id() {
    return id;
  }

  public String kind() {
    return kind;
  }

  public String reference() {
    return reference;
  }

  public String recipient() {
    return recipient;
  }

  /**
   * The address masked for display, or {@value #ERASED} once the retention job erased it from a
   * mail that was sent or given up.
   */
  public String maskedRecipient() {
    return recipient == null ? ERASED : EmailAddress.mask(recipient);
  }

  /** Whether the retention job has erased the recipient's address. */
  public boolean recipientErased() {
    return recipient == null;
  }

  public String subject() {
    return subject;
  }

  /** The sealed body (a copy), empty once sent or given up. */
  public Optional<byte[]> sealedBody() {
    return Optional.ofNullable(sealedBody).map(byte[]::clone);
  }

  public MailStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String lastError() {
    return lastError;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
  }

  @Override
  public String toString() {
    return "OutboundMail[id="
        + id
        + ", kind="
        + kind
        + ", reference="
        + reference
        + ", recipient="
        + maskedRecipient()
        + ", status="
        + status
        + ", attempts="
        + attempts
        + "]";
  }
}
