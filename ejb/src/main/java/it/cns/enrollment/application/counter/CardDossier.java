package it.cns.enrollment.application.counter;

import it.cns.enrollment.application.credentials.PersonalArea;
import it.cns.enrollment.application.mail.MailState;
import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.domain.activation.RevocationReason;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What the counter sees of a person and their cards: the TS-CNS activations (status, codes
 * generation, CIP block, mails), the card bindings with their status, the account (type, name,
 * credential status) and the latest audit events about the person. No secret, no hash; e-mail
 * addresses masked.
 */
public record CardDossier(
    String codiceFiscale,
    String accountType,
    String displayName,
    List<Activation> activations,
    List<Binding> bindings,
    PersonalArea.Credentials credentials,
    List<AuditLine> auditEvents)
    implements Serializable {

  public CardDossier {
    activations = List.copyOf(activations);
    bindings = List.copyOf(bindings);
    auditEvents = List.copyOf(auditEvents);
  }

  /** Whether the person has a Fisconline or Entratel account. */
  public boolean enabled() {
    return accountType != null;
  }

  /** A TS-CNS activation. The full card number: the operator compares it with the card in hand. */
  public record Activation(
      long id,
      String cardId,
      ActivationCase activationCase,
      String actingCf,
      String status,
      Instant activatedAt,
      Instant revokedAt,
      RevocationReason revocationReason,
      int codesGeneration,
      Instant codesIssuedAt,
      int wrongCipAttempts,
      boolean cipLocked,
      String operatorUsername,
      long counterOfficeId,
      String maskedEmail,
      List<MailState> mails)
      implements Serializable {

    public boolean active() {
      return "ACTIVE".equals(status);
    }
  }

  /** A card bound to the person's account. */
  public record Binding(
      long id,
      String maskedCardId,
      String issuer,
      String status,
      Instant boundAt,
      Instant lastSeenAt,
      String site)
      implements Serializable {}

  /** An audit event about the person. */
  public record AuditLine(
      Instant at, String action, String channel, String actor, String outcome, String detail)
      implements Serializable {}
}
