package it.cns.enrollment.application.counter;

import it.cns.enrollment.application.agent.CardCodesService;
import it.cns.enrollment.application.mail.MailOutbox;
import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.application.security.Audited;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.OperatorAuthorization;
import it.cns.enrollment.application.security.OperatorIdentity;
import it.cns.enrollment.application.security.RefusalSubject;
import it.cns.enrollment.domain.activation.ActivationRequest;
import it.cns.enrollment.domain.activation.ActivationSettings;
import it.cns.enrollment.domain.activation.CodeHashes;
import it.cns.enrollment.domain.activation.CodeKind;
import it.cns.enrollment.domain.activation.CodesReissue;
import it.cns.enrollment.domain.activation.IssuedCodes;
import it.cns.enrollment.domain.activation.ReissueRequest;
import it.cns.enrollment.domain.activation.TsCnsActivation;
import it.cns.enrollment.domain.activation.TsCnsActivationRepository;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.counter.CounterOffice;
import it.cns.enrollment.domain.counter.CounterOfficeRepository;
import it.cns.enrollment.domain.counter.CounterOfficeRequiredException;
import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CardId;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.domain.mail.OutgoingMail;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * TS-CNS activation at the counter, and the reissue of a card's codes.
 *
 * <p>An activation request is refused (audited, and nothing written) when the operator may not work
 * at the desk, the counter is not enabled, the domain does not admit the request ({@link
 * ActivationRequest#admit}, its rules in their order) or the card was activated already (the
 * database's unique card number decides between simultaneous requests).
 *
 * <p>Then PIN, PUK and CIP are drawn, their whole values stored as Argon2id hashes, the second half
 * of each put in the mail outbox in this same transaction (so the mail exists if and only if the
 * activation does) and the first halves returned for the printed form. Codes are never logged or
 * audited; every char array holding one is wiped.
 */
@Stateless
public class ActivationService {

  private static final Logger LOG = Logger.getLogger(ActivationService.class.getName());

  @Inject TsCnsActivationRepository activations;
  @Inject CounterOfficeRepository offices;
  @Inject OperatorAuthorization authorization;
  @Inject MailOutbox outbox;
  @Inject AuditRecorder audit;
  @Inject SecretHasher hasher;
  @Inject ActivationSettings settings;
  @Inject Clock clock;
  @Inject Caller caller;
  @Inject ActivationForms forms;
  @Inject CardCodesService agentCodes;

  SecureRandom random = new SecureRandom();

  /**
   * Activates a TS-CNS (see the class comment for the checks) and makes its form from what was just
   * written: the counter's one call.
   */
  @Audited(AuditAction.TSCNS_ACTIVATION)
  public ActivationOutcome activate(ActivationRequest request, CounterDesk desk) {
    Objects.requireNonNull(request, "request is required");
    Objects.requireNonNull(desk, "desk is required");
    String operator = requireOperator(desk, AuditAction.TSCNS_ACTIVATION);
    RefusalSubject.about(holderOrNull(request.holderCf()));
    CounterOffice office = requireCounter(desk);
    // The intranet's wizard always asks for the consent; contract 1.1 partners may leave it out.
    TsCnsActivation.Facts facts =
        request.admit(
            clock.instant(),
            desk.counterOfficeId(),
            desk.operatorUsername(),
            caller.channel() == Channel.COUNTER);
    activations
        .findByCardId(facts.cardId())
        .ifPresent(
            existing -> {
              // A card is activated once; a revoked one stays revoked (a new card is issued).
              throw new BusinessRefusal(
                  existing.isActive() ? ErrorCode.CARD_ALREADY_ACTIVATED : ErrorCode.CARD_REVOKED,
                  "card " + facts.cardId() + " is " + existing.status());
            });
    Instant now = clock.instant();
    try (IssuedCodes codes = IssuedCodes.generate(random, settings)) {
      TsCnsActivation activation = TsCnsActivation.activate(facts, hashesOf(codes), now);
      activations.add(activation); // flushes: a concurrent activation of the card loses here
      holdForTheAgent(activation, desk, codes);
      String reference = enqueueMail(activation, codes);
      audit.recordChange(
          AuditEvent.of(AuditAction.TSCNS_ACTIVATION, caller.channel(), caller.auditName(), now)
              .subject(facts.holder().toString())
              .requestId(caller.requestId())
              .detail(
                  AuditDetails.of("card", facts.cardId().masked())
                      .and("case", facts.activationCase())
                      .and("acting", facts.acting())
                      .and("counter", desk.counterOfficeId())
                      .and("codesGeneration", 1)
                      .and(
                          "consent",
                          facts.consent() == null ? "none" : facts.consent().noticeVersion())
                      .and("mail", reference))
              .build());
      LOG.info(
          () ->
              "TS-CNS activated: card "
                  + facts.cardId().masked()
                  + ", case "
                  + facts.activationCase()
                  + ", counter "
                  + desk.counterOfficeId()
                  + ", by "
                  + caller.auditName());
      return outcome(activation, codes, reference, office, operator);
    }
  }

  /**
   * New PIN, PUK and CIP for an active card (the holder lost them): a recorded operation of its own
   * (CODES_REISSUE), a new generation of codes, a new mail with the second halves and a new form
   * with the first ones. The operator records the identity document of the person at the counter,
   * seen again, and may give a new e-mail address: the mail goes there and the form prints it. A
   * revoked card gets none ({@code CARD_REVOKED}); a document incomplete or expired ({@code
   * IDENTITY_DOCUMENT_INVALID}) or a malformed address ({@code INVALID_EMAIL}) changes nothing.
   */
  @Audited(AuditAction.CODES_REISSUE)
  public ActivationOutcome reissueCodes(ReissueRequest request, CounterDesk desk) {
    Objects.requireNonNull(request, "request is required");
    Objects.requireNonNull(desk, "desk is required");
    String operator = requireOperator(desk, AuditAction.CODES_REISSUE);
    CounterOffice office = requireCounter(desk);
    CardId card = ActivationRequest.card(request.cardId());
    TsCnsActivation activation = activations.requireByCardIdForUpdate(card);
    String subject = activation.holder().toString();
    RefusalSubject.about(subject);
    if (!activation.isActive()) {
      throw new BusinessRefusal(ErrorCode.CARD_REVOKED, "card " + card + " is revoked");
    }
    ReissueRequest.Facts facts = request.admit(clock.instant());
    Instant now = clock.instant();
    try (IssuedCodes codes = IssuedCodes.generate(random, settings)) {
      CodesReissue reissue =
          activation.reissueCodes(
              hashesOf(codes), facts, desk.operatorUsername(), desk.counterOfficeId(), now);
      holdForTheAgent(activation, desk, codes);
      String reference = enqueueMail(activation, codes);
      audit.recordChange(
          AuditEvent.of(AuditAction.CODES_REISSUE, caller.channel(), caller.auditName(), now)
              .subject(subject)
              .requestId(caller.requestId())
              .detail(
                  AuditDetails.of("card", card.masked())
                      .and("codesGeneration", activation.codesGeneration())
                      .and("counter", desk.counterOfficeId())
                      .and("idDocument", reissue.identityDocument().type())
                      .and("emailChanged", reissue.emailChanged())
                      .and("mail", reference))
              .build());
      LOG.info(
          () ->
              "codes reissued: card "
                  + card.masked()
                  + ", generation "
                  + activation.codesGeneration()
                  + (reissue.emailChanged() ? ", new e-mail address" : "")
                  + ", by "
                  + caller.auditName());
      return outcome(activation, codes, reference, office, operator);
    }
  }

  /**
   * On the intranet, the {@link Caller} must be allowed to work now (checked in the database, so a
   * lock or a disabled account counts at once; refusals audited by {@link OperatorAuthorization}),
   * at a desk of their own. Partner requests are authorised by the partner API before they get
   * here.
   *
   * @return who acted, as the form prints it: "name (username)" for an operator, "name (partner)"
   *     for a partner's operator
   */
  private String requireOperator(CounterDesk desk, AuditAction action) {
    if (caller.channel() == Channel.COUNTER) {
      OperatorIdentity who = authorization.requireActive(action);
      if (!who.username().equals(desk.operatorUsername())) {
        throw new BusinessRefusal(ErrorCode.OPERATOR_NOT_PERMITTED, "the desk of another operator");
      }
      return who.displayName() + " (" + who.username() + ")";
    }
    if (caller.actor() instanceof Actor.Partner partner) {
      // Printed as the partner's operator and the partner, not as the recorded key.
      return desk.partnerOperator(partner.id()) + " (" + partner.name() + ")";
    }
    return desk.operatorUsername();
  }

  /**
   * Whether the desk may do counter work, asked when the intranet's activation page opens, so that
   * a desk without an enabled office is told before anything is typed. Checks the caller as {@link
   * #activate} does, writes nothing.
   *
   * @throws CounterOfficeRequiredException the desk's office is disabled
   */
  public void requireDeskOffice(CounterDesk desk) {
    Objects.requireNonNull(desk, "desk is required");
    requireOperator(desk, AuditAction.TSCNS_ACTIVATION);
    requireCounter(desk);
  }

  /** Codes are issued only at an enabled counter office (it is printed on the form). */
  private CounterOffice requireCounter(CounterDesk desk) {
    return offices
        .find(desk.counterOfficeId())
        .filter(CounterOffice::isEnabled)
        .orElseThrow(
            () ->
                new CounterOfficeRequiredException(
                    caller.channel() == Channel.COUNTER
                        ? CounterOfficeRequiredException.Situation.DISABLED_AT_DESK
                        : CounterOfficeRequiredException.Situation.NOT_ENABLED_IN_REQUEST,
                    "no enabled counter office " + desk.counterOfficeId()));
  }

  /**
   * At the counter, the card in front of the operator gets the PIN and PUK written by the counter
   * agent (issue #18 item 4): they wait for it, sealed, for a few minutes, for the workstations of
   * the office at work (a reissue's, not the first activation's). A partner's activation has no
   * workstation of ours at hand.
   */
  private void holdForTheAgent(TsCnsActivation activation, CounterDesk desk, IssuedCodes codes) {
    if (caller.channel() == Channel.COUNTER) {
      agentCodes.keep(activation, desk.counterOfficeId(), codes);
    }
  }

  private CodeHashes hashesOf(IssuedCodes codes) {
    return new CodeHashes(
        hash(codes, CodeKind.PIN), hash(codes, CodeKind.PUK), hash(codes, CodeKind.CIP));
  }

  private String hash(IssuedCodes codes, CodeKind kind) {
    char[] whole = codes.whole(kind);
    try {
      return hasher.hash(whole);
    } finally {
      Arrays.fill(whole, '\0');
    }
  }

  private String enqueueMail(TsCnsActivation activation, IssuedCodes codes) {
    OutgoingMail mail =
        ActivationCodesMail.of(
            activation.id(),
            activation.activationCase(),
            activation.cardId().masked(),
            activation.codesGeneration(),
            activation.email(),
            codes);
    try {
      outbox.enqueue(mail);
    } finally {
      mail.wipeBody();
    }
    return mail.reference();
  }

  private ActivationOutcome outcome(
      TsCnsActivation activation,
      IssuedCodes codes,
      String reference,
      CounterOffice office,
      String operator) {
    ActivationReceipt receipt = receipt(activation, codes, reference);
    return new ActivationOutcome(
        receipt, forms.formOf(activation, office, operator, receipt.printed()));
  }

  private static ActivationReceipt receipt(
      TsCnsActivation activation, IssuedCodes codes, String reference) {
    return new ActivationReceipt(
        activation.id(),
        activation.cardId().masked(),
        activation.holder().toString(),
        activation.activationCase(),
        new CodeHalves(
            codes.firstHalf(CodeKind.PIN),
            codes.firstHalf(CodeKind.PUK),
            codes.firstHalf(CodeKind.CIP)),
        activation.activatedAt(),
        activation.codesGeneration(),
        reference);
  }

  /** The holder's codice fiscale for the audit trail, when it is one (never other typed text). */
  private static String holderOrNull(String raw) {
    return raw != null && CodiceFiscale.isValid(raw) ? CodiceFiscale.parse(raw).toString() : null;
  }
}
