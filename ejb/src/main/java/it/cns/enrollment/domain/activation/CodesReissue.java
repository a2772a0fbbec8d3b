package it.cns.enrollment.domain.activation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.Instant;
import java.util.Objects;

/**
 * One reissue of a card's codes as the counter recorded it: the generation it gave, the identity
 * document of the person at the counter, seen again for this reissue (a reissue hands out new
 * codes, so it asks for the same proof of identity as the activation), the address the new second
 * halves went to and the one before it, who and where. Part of {@link TsCnsActivation}'s history;
 * never changed once written.
 */
@Embeddable
public class CodesReissue {

  @Column(name = "codes_generation", nullable = false, updatable = false)
  private int codesGeneration;

  @Embedded private RecordedIdentityDocument idDocument;

  @Column(name = "email", nullable = false, length = 254, updatable = false)
  private String email;

  /** The address before this reissue: equal to {@link #email} when it was not changed. */
  @Column(name = "previous_email", nullable = false, length = 254, updatable = false)
  private String previousEmail;

  @Column(name = "operator_username", nullable = false, length = 64, updatable = false)
  private String operatorUsername;

  @Column(name = "counter_office_id", nullable = false, updatable = false)
  private long counterOfficeId;

  @Column(name = "reissued_at", nullable = false, updatable = false)
  private Instant reissuedAt;

  protected CodesReissue() {}

  CodesReissue(
      int codesGeneration,
      IdentityDocument seen,
      String email,
      String previousEmail,
      String operatorUsername,
      long counterOfficeId,
      Instant reissuedAt) {
    this.codesGeneration = codesGeneration;
    this.idDocument = new RecordedIdentityDocument(seen);
    this.email = Objects.requireNonNull(email, "e-mail is required");
    this.previousEmail = Objects.requireNonNull(previousEmail, "previous e-mail is required");
    this.operatorUsername = Objects.requireNonNull(operatorUsername, "operator is required");
    this.counterOfficeId = counterOfficeId;
    this.reissuedAt = Objects.requireNonNull(reissuedAt, "reissue instant is required");
  }

  public int codesGeneration() {
    return codesGeneration;
  }

  public IdentityDocument identityDocument() {
    return idDocument.value();
  }

  public String email() {
    return email;
  }

  public String previousEmail() {
    return previousEmail;
  }

  public boolean emailChanged() {
    return !email.equals(previousEmail);
  }

  public String operatorUsername() {
    return operatorUsername;
  }

  public long counterOfficeId() {
    return counterOfficeId;
  }

  public Instant reissuedAt() {
    return reissuedAt;
  }
}
