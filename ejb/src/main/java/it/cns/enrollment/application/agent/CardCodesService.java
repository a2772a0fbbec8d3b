package it.cns.enrollment.application.agent;

import it.cns.enrollment.application.port.AgentSettings;
import it.cns.enrollment.application.port.DocumentSealer;
import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.application.security.Audited;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.RefusalSubject;
import it.cns.enrollment.domain.activation.ActivationRequest;
import it.cns.enrollment.domain.activation.CodeKind;
import it.cns.enrollment.domain.activation.IssuedCodes;
import it.cns.enrollment.domain.activation.TsCnsActivation;
import it.cns.enrollment.domain.activation.TsCnsActivationRepository;
import it.cns.enrollment.domain.agent.PendingCardCodes;
import it.cns.enrollment.domain.agent.PendingCardCodesRepository;
import it.cns.enrollment.domain.agent.Workstation;
import it.cns.enrollment.domain.agent.WorkstationRepository;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.counter.CounterOffice;
import it.cns.enrollment.domain.counter.CounterOfficeRepository;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CardId;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * The PIN and PUK of a counter activation between the activation and the counter agent that writes
 * them onto the card. {@link #keep} seals them (AES-256-GCM under the outbox key, bound to the
 * activation, card and counter office) in the activation's own transaction; {@link #fetch} hands
 * them once to a workstation registered to that counter office and erases them in the same
 * transaction. Codes whose time ran out are erased before any fetch and by the retention job.
 */
@Stateless
public class CardCodesService {

  private static final Logger LOG = Logger.getLogger(CardCodesService.class.getName());
  private static final byte SEPARATOR = '\n';

  @Inject PendingCardCodesRepository pending;
  @Inject WorkstationRepository workstations;
  @Inject TsCnsActivationRepository activations;
  @Inject CounterOfficeRepository offices;
  @Inject CardCodesExpiry expiry;
  @Inject DocumentSealer sealer;
  @Inject AgentSettings settings;
  @Inject AuditRecorder audit;
  @Inject Clock clock;
  @Inject Caller caller;

  /**
   * Keeps the PIN and PUK just issued for this activation, sealed, for the one fetch of a
   * workstation of {@code counterOfficeId} (where the codes were issued); codes of an earlier
   * generation still waiting are replaced. In the caller's transaction: the codes wait if and only
   * if the activation (or reissue) commits.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void keep(TsCnsActivation activation, long counterOfficeId, IssuedCodes codes) {
    char[] pin = codes.whole(CodeKind.PIN);
    char[] puk = codes.whole(CodeKind.PUK);
    byte[] plain = encode(pin, puk);
    try {
      String card = activation.cardId().value();
      byte[] sealed =
          sealer.sealBytes(plain, associatedData(activation.id(), card, counterOfficeId));
      Instant now = clock.instant();
      pending.put(
          new PendingCardCodes(
              activation.id(), card, counterOfficeId, sealed, now, now.plus(settings.codesHold())));
    } finally {
      Arrays.fill(pin, '\0');
      Arrays.fill(puk, '\0');
      Arrays.fill(plain, (byte) 0);
    }
  }

  /**
   * The PIN and PUK waiting for this card, for the workstation that presented {@code tlsChain}:
   * erased from the store and the hand-out audited in the same transaction. The caller wipes them
   * ({@link CardCodes#close}).
   *
   * @throws BusinessRefusal WORKSTATION_NOT_REGISTERED (certificate not registered, registration or
   *     office disabled), INVALID_REQUEST (not a card number), CARD_CODES_GONE (fetched, expired or
   *     never kept), WORKSTATION_OTHER_COUNTER (the card was activated at another office)
   */
  @Audited(AuditAction.CARD_CODES_FETCH)
  public CardCodes fetch(X509Certificate[] tlsChain, String cardNumber) {
    Workstation workstation = workstation(tlsChain);
    RefusalSubject.detail("workstation", workstation.label());
    RefusalSubject.detail("counter", workstation.counterOfficeId());
    CardId card = ActivationRequest.card(cardNumber);
    RefusalSubject.detail("card", card.masked());
    // A refusal about a known card is on its holder's record, also when no codes wait any more.
    activations.findByCardId(card).ifPresent(a -> RefusalSubject.about(a.holder().toString()));
    expiry.purge();
    PendingCardCodes waiting =
        pending
            .findForUpdate(card.value())
            .filter(p -> !p.isExpiredAt(clock.instant()))
            .orElseThrow(
                () ->
                    new BusinessRefusal(
                        ErrorCode.CARD_CODES_GONE, "no codes waiting for card " + card.masked()));
    TsCnsActivation activation =
        activations
            .findById(waiting.activationId())
            .orElseThrow(
                () -> new IllegalStateException("codes of a missing activation " + waiting));
    RefusalSubject.about(activation.holder().toString());
    if (waiting.counterOfficeId() != workstation.counterOfficeId()) {
      throw new BusinessRefusal(
          ErrorCode.WORKSTATION_OTHER_COUNTER,
          "card "
              + card.masked()
              + " activated at counter "
              + waiting.counterOfficeId()
              + ", workstation of "
              + workstation.counterOfficeId());
    }
    byte[] plain =
        sealer.openBytes(
            waiting.sealedCodes(),
            associatedData(waiting.activationId(), card.value(), waiting.counterOfficeId()));
    pending.delete(card.value());
    CardCodes codes = decode(card.value(), plain);
    Instant now = clock.instant();
    audit.recordChange(
        AuditEvent.of(AuditAction.CARD_CODES_FETCH, caller.channel(), caller.auditName(), now)
            .subject(activation.holder().toString())
            .detail(
                AuditDetails.of("card", card.masked())
                    .and("workstation", workstation.label())
                    .and("counter", workstation.counterOfficeId())
                    .and("codesGeneration", activation.codesGeneration()))
            .build());
    LOG.info(
        () ->
            "card codes handed to workstation "
                + workstation.label()
                + " (counter "
                + workstation.counterOfficeId()
                + ") for card "
                + card.masked());
    return codes;
  }

  /** The registered, enabled workstation of an enabled counter office that presented the chain. */
  private Workstation workstation(X509Certificate[] tlsChain) {
    if (tlsChain == null || tlsChain.length == 0) {
      throw new BusinessRefusal(ErrorCode.WORKSTATION_NOT_REGISTERED, "no client certificate");
    }
    String fingerprint = Workstation.fingerprintOf(tlsChain[0]);
    Workstation workstation =
        workstations
            .findByFingerprint(fingerprint)
            .orElseThrow(
                () ->
                    new BusinessRefusal(
                        ErrorCode.WORKSTATION_NOT_REGISTERED,
                        "certificate " + Workstation.reference(fingerprint) + " not registered"));
    if (!workstation.enabled()
        || offices.find(workstation.counterOfficeId()).filter(CounterOffice::isEnabled).isEmpty()) {
      throw new BusinessRefusal(
          ErrorCode.WORKSTATION_NOT_REGISTERED,
          "workstation " + workstation.label() + " or its counter office is disabled");
    }
    return workstation;
  }

  /** Binds sealed codes to their row: they do not open for another activation, card or office. */
  private static byte[] associatedData(long activationId, String cardId, long counterOfficeId) {
    return ("card-codes|" + activationId + "|" + cardId + "|" + counterOfficeId)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** PIN, a line feed, PUK: digits only, so one byte each. */
  static byte[] encode(char[] pin, char[] puk) {
    byte[] plain = new byte[pin.length + 1 + puk.length];
    for (int i = 0; i < pin.length; i++) {
      plain[i] = (byte) pin[i];
    }
    plain[pin.length] = SEPARATOR;
    for (int i = 0; i < puk.length; i++) {
      plain[pin.length + 1 + i] = (byte) puk[i];
    }
    return plain;
  }

  /** The reverse of {@link #encode}; wipes {@code plain}. */
  static CardCodes decode(String cardId, byte[] plain) {
    try {
      int at = -1;
      for (int i = 0; i < plain.length; i++) {
        if (plain[i] == SEPARATOR) {
          at = i;
          break;
        }
      }
      if (at < 0) {
        throw new IllegalStateException("sealed card codes without their separator");
      }
      char[] pin = new char[at];
      char[] puk = new char[plain.length - at - 1];
      for (int i = 0; i < pin.length; i++) {
        pin[i] = (char) plain[i];
      }
      for (int i = 0; i < puk.length; i++) {
        puk[i] = (char) plain[at + 1 + i];
      }
      return new CardCodes(cardId, pin, puk);
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }
}
