package it.cns.enrollment.application;

import it.cns.enrollment.application.port.ActivationFormContent;
import it.cns.enrollment.application.port.ActivationFormRenderer;
import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.AccountRepository;
import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.domain.activation.IdentityDocument;
import it.cns.enrollment.domain.activation.TsCnsActivation;
import it.cns.enrollment.domain.activation.TsCnsActivationRepository;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.counter.CounterOffice;
import it.cns.enrollment.domain.counter.CounterOfficeRepository;
import it.cns.enrollment.domain.error.EnrollmentException;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.operator.OperatorRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Objects;

/**
 * The TS-CNS activation form: the PDF of an activation (or reissue) receipt, with the first halves
 * of its codes, for the operator to print, have signed and hand over; and the record that it was
 * handed out. The bytes are never stored: the page that holds them hands them out once.
 */
@Stateless
public class ActivationFormService {

  private static final ZoneId ITALY = ZoneId.of("Europe/Rome");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ITALY);

  @Inject TsCnsActivationRepository activations;
  @Inject CounterOfficeRepository offices;
  @Inject OperatorRepository operators;
  @Inject AccountRepository accounts;
  @Inject ActivationFormRenderer renderer;
  @Inject AuditRecorder audit;
  @Inject Clock clock;
  @Inject Caller caller;

  /**
   * The form of this receipt as PDF bytes (two copies: the holder's, with the first halves of the
   * codes, and the office's), naming the operator and counter of {@code desk}. Read only.
   *
   * @throws EnrollmentException INVALID_REQUEST when the receipt is not the card's latest
   *     generation of codes (a later reissue made it void)
   */
  public byte[] render(ActivationReceipt receipt, CounterDesk desk) {
    Objects.requireNonNull(receipt, "receipt is required");
    Objects.requireNonNull(desk, "desk is required");
    TsCnsActivation a = current(receipt.activationId(), receipt.codesGeneration());
    ActivationCase c = a.activationCase();
    IdentityDocument d = a.identityDocument();
    CounterOffice office =
        offices
            .find(desk.counterOfficeId())
            .orElseThrow(
                () ->
                    new EnrollmentException(
                        ErrorCode.COUNTER_OFFICE_REQUIRED,
                        "no counter office " + desk.counterOfficeId()));
    String operator =
        operators
            .findByUsername(desk.operatorUsername())
            .map(o -> o.displayName() + " (" + o.username() + ")")
            .orElse(desk.operatorUsername());
    ActivationFormContent content =
        new ActivationFormContent(
            a.holder().toString(),
            accounts.findByCodiceFiscale(a.holder()).map(Account::displayName).orElse(null),
            a.cardId().value(),
            Messages.ITALIAN.label(c),
            Messages.ENGLISH.label(c),
            a.acting().toString(),
            Messages.ITALIAN.actingRole(c),
            Messages.ITALIAN.label(d.type()),
            d.number(),
            d.issuer(),
            DATE.format(d.expiry()),
            a.documents().stream().map(doc -> Messages.ITALIAN.documentLabel(c, doc)).toList(),
            a.email(),
            Arrays.copyOf(receipt.printed().pin(), receipt.printed().pin().length),
            Arrays.copyOf(receipt.printed().puk(), receipt.printed().puk().length),
            Arrays.copyOf(receipt.printed().cip(), receipt.printed().cip().length),
            a.codesGeneration(),
            operator,
            office.name(),
            office.healthAgency(),
            office.address(),
            DATE_TIME.format(a.codesIssuedAt()));
    try {
      return renderer.render(content);
    } finally {
      content.wipe();
    }
  }

  /** Records that the form of this activation's codes generation was handed out (downloaded). */
  public void recordHandOut(long activationId, int codesGeneration) {
    TsCnsActivation a = current(activationId, codesGeneration);
    audit.recordChange(
        AuditEvent.of(
                AuditAction.ACTIVATION_FORM, caller.channel(), caller.auditName(), clock.instant())
            .subject(a.holder().toString())
            .requestId(caller.requestId())
            .detail(
                "activation form of card "
                    + a.cardId().masked()
                    + ", codes generation "
                    + codesGeneration
                    + " handed out")
            .build());
  }

  private TsCnsActivation current(long activationId, int generation) {
    TsCnsActivation a =
        activations
            .findById(activationId)
            .orElseThrow(
                () ->
                    new EnrollmentException(
                        ErrorCode.INVALID_REQUEST, "no activation " + activationId));
    if (a.codesGeneration() != generation) {
      throw new EnrollmentException(
          ErrorCode.INVALID_REQUEST,
          "codes generation " + generation + " superseded by " + a.codesGeneration());
    }
    return a;
  }
}
