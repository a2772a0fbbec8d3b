package it.cns.enrollment.interfaces.soap;

import it.cns.enrollment.application.card.BindingReceipt;
import it.cns.enrollment.application.card.EnrollmentReceipt;
import it.cns.enrollment.application.counter.ActivationOutcome;
import it.cns.enrollment.application.partner.AuthorisedPartner;
import it.cns.enrollment.application.partner.CardChallengeService;
import it.cns.enrollment.application.partner.CardPresence;
import it.cns.enrollment.application.partner.IssuedChallenge;
import it.cns.enrollment.application.partner.PartnerAuthorization;
import it.cns.enrollment.application.partner.PartnerMessageSecurity;
import it.cns.enrollment.application.partner.PartnerRequest;
import it.cns.enrollment.application.partner.PartnerRequests;
import it.cns.enrollment.application.partner.RegistrationQueries;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.contract.partner.v1.AccountType;
import it.cns.enrollment.contract.partner.v1.ActivateTsCns;
import it.cns.enrollment.contract.partner.v1.BindSmartcard;
import it.cns.enrollment.contract.partner.v1.CardBinding;
import it.cns.enrollment.contract.partner.v1.CardChallenge;
import it.cns.enrollment.contract.partner.v1.CardRevocation;
import it.cns.enrollment.contract.partner.v1.EnrollFisconline;
import it.cns.enrollment.contract.partner.v1.EnrollmentFault;
import it.cns.enrollment.contract.partner.v1.FisconlineEnrollment;
import it.cns.enrollment.contract.partner.v1.IssuedCredentials;
import it.cns.enrollment.contract.partner.v1.PartnerEnrollment;
import it.cns.enrollment.contract.partner.v1.Registration;
import it.cns.enrollment.contract.partner.v1.RegistrationState;
import it.cns.enrollment.contract.partner.v1.RevokeCard;
import it.cns.enrollment.contract.partner.v1.TsCnsActivation;
import it.cns.enrollment.contract.partner.v1.TsCnsActivationRequest;
import it.cns.enrollment.domain.activation.RevocationReason;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.partner.PartnerOperation;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jws.WebService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.cxf.annotations.EndpointProperties;
import org.apache.cxf.annotations.EndpointProperty;
import org.apache.cxf.annotations.SchemaValidation;
import org.apache.cxf.annotations.SchemaValidation.SchemaValidationType;
import org.apache.cxf.interceptor.InInterceptors;
import org.apache.cxf.interceptor.OutFaultInterceptors;
import org.apache.cxf.interceptor.OutInterceptors;
import org.apache.cxf.phase.PhaseInterceptorChain;

/**
 * Partner API v1. Pins the contract (endpoint interface and WSDL from ws-contracts), so the server
 * serves our WSDL rather than one derived from this class. Incoming messages are validated against
 * the contract's XSD before any code of ours runs, and parsed with limits (no DTD, bounded sizes).
 * An adapter: the partner is authorised per operation from its TLS certificate, a signed message is
 * verified to the ModI profile ({@link PartnerSignatureIn}, {@link ModiProfile}) and answered
 * signed ({@link SignedAnswers}), mutating requests run once per request id, and every failure
 * becomes a typed fault in {@link SoapFaults}.
 */
@WebService(
    serviceName = "PartnerEnrollmentService",
    portName = "PartnerEnrollmentPort",
    targetNamespace = "urn:cns-enrollment:partner:v1",
    endpointInterface = "it.cns.enrollment.contract.partner.v1.PartnerEnrollment",
    wsdlLocation = "WEB-INF/wsdl/partner-enrollment-v1.wsdl")
@SchemaValidation(type = SchemaValidationType.IN)
@InInterceptors(
    classes = {
      PartnerCallMeter.Start.class,
      ElementPaths.class,
      PartnerSignatureIn.class,
      ModiProfile.class
    })
@OutInterceptors(classes = {PartnerCallMeter.class, SignedAnswers.class})
@OutFaultInterceptors(classes = {InvalidRequestFaults.class, PartnerCallMeter.class})
@EndpointProperties({
  @EndpointProperty(key = "org.apache.cxf.stax.maxTextLength", value = "65536"),
  @EndpointProperty(key = "org.apache.cxf.stax.maxElementCount", value = "200"),
  @EndpointProperty(key = "org.apache.cxf.stax.maxElementDepth", value = "20"),
  @EndpointProperty(key = "org.apache.cxf.stax.maxChildElements", value = "50"),
  @EndpointProperty(key = "org.apache.cxf.stax.maxAttributeCount", value = "20"),
  // One safe log line per refused request instead of CXF's stack trace (SoapFaultLog).
  @EndpointProperty(key = "org.apache.cxf.logging.FaultListener", beanClass = SoapFaultLog.class)
})
public class PartnerEnrollmentEndpoint implements PartnerEnrollment {

  @Resource private WebServiceContext context;
  @Inject private Caller caller;

  @EJB private PartnerAuthorization partners;
  @EJB private CardChallengeService challenges;
  @EJB private PartnerRequests requests;
  @EJB private RegistrationQueries registrations;
  @EJB private PartnerMessageSecurity messageSecurity;

  @Override
  public CardChallenge requestChallenge() throws EnrollmentFault {
    return call(
        null,
        () -> {
          IssuedChallenge issued =
              challenges.issue(partner(PartnerOperation.REQUEST_CHALLENGE, null));
          CardChallenge c = new CardChallenge();
          c.setChallengeId(issued.id());
          c.setChallenge(issued.challenge());
          c.setExpiresAt(XmlTimes.of(issued.expiresAt()));
          return c;
        });
  }

  @Override
  public CardBinding bindSmartcard(
      String requestId, it.cns.enrollment.contract.partner.v1.CardPresence card)
      throws EnrollmentFault {
    BindSmartcard whole = new BindSmartcard();
    whole.setRequestId(requestId);
    whole.setCard(card);
    return call(
        requestId,
        () ->
            toContract(
                requests.bindSmartcard(
                    request(PartnerOperation.BIND_SMARTCARD, requestId, whole), presence(card))));
  }

  @Override
  public FisconlineEnrollment enrollFisconline(
      String requestId, it.cns.enrollment.contract.partner.v1.CardPresence card)
      throws EnrollmentFault {
    EnrollFisconline whole = new EnrollFisconline();
    whole.setRequestId(requestId);
    whole.setCard(card);
    return call(
        requestId,
        () ->
            toContract(
                requests.enrollFisconline(
                    request(PartnerOperation.ENROLL_FISCONLINE, requestId, whole),
                    presence(card))));
  }

  @Override
  public TsCnsActivation activateTsCns(String requestId, TsCnsActivationRequest request)
      throws EnrollmentFault {
    ActivateTsCns whole = new ActivateTsCns();
    whole.setRequestId(requestId);
    whole.setRequest(request);
    return call(
        requestId,
        () -> {
          ActivationOutcome outcome =
              requests.activateTsCns(
                  request(PartnerOperation.ACTIVATE_TSCNS, requestId, whole),
                  CounterContracts.request(request),
                  request.getOperator(),
                  request.getCounterOfficeId());
          try {
            return CounterContracts.toContract(outcome.receipt(), outcome.form());
          } finally {
            // The answer holds the form itself; the code halves are copied into it as text.
            outcome.receipt().printed().wipe();
          }
        });
  }

  @Override
  public CardRevocation revokeCard(
      String requestId,
      String cardId,
      String cip,
      it.cns.enrollment.contract.partner.v1.RevocationReason reason)
      throws EnrollmentFault {
    RevokeCard whole = new RevokeCard();
    whole.setRequestId(requestId);
    whole.setCardId(cardId);
    whole.setCip(cip);
    whole.setReason(reason);
    return call(
        requestId,
        () ->
            CounterContracts.toContract(
                requests.revokeCard(
                    request(PartnerOperation.REVOKE_CARD, requestId, whole),
                    cardId,
                    cip.toCharArray(),
                    // The contract's names are the domain's; absent for a 1.1 client.
                    reason == null ? null : RevocationReason.valueOf(reason.name()))));
  }

  @Override
  public Registration registrationStatus(String codiceFiscale) throws EnrollmentFault {
    return call(
        null,
        () -> {
          // The query authorises the partner itself (and enters it as the Caller): no second
          // authorisation here, the partners' most frequent call stays one EJB call (issue #19).
          RegistrationQueries.Registration r =
              queried(() -> registrations.status(certificate(), codiceFiscale));
          Registration out = new Registration();
          out.setCodiceFiscale(r.codiceFiscale());
          out.setState(RegistrationState.fromValue(r.state()));
          out.setBoundCards(r.boundCards());
          return out;
        });
  }

  @Override
  public List<CardBinding> listBindings(String codiceFiscale) throws EnrollmentFault {
    return call(
        null,
        () ->
            queried(() -> registrations.bindings(certificate(), codiceFiscale)).stream()
                .map(PartnerEnrollmentEndpoint::toContract)
                .toList());
  }

  /**
   * Runs one operation, once the message security profile admitted the message (its signer is the
   * partner's, its MessageID new, or the partner may send unsigned messages); every failure leaves
   * as a typed fault, mapped in one place.
   */
  private <T> T call(String requestId, Supplier<T> operation) throws EnrollmentFault {
    try {
      messageSecurity.admit(
          certificate(),
          Optional.ofNullable(
              ModiProfile.of(PhaseInterceptorChain.getCurrentMessage().getExchange())),
          requestId);
      return operation.get();
    } catch (RuntimeException e) {
      throw SoapFaults.of(e, requestId);
    }
  }

  /**
   * The calling partner, as the TLS layer authenticated it, authorised for the operation: from here
   * on the request's {@link Caller}, under its request id.
   */
  private AuthorisedPartner partner(PartnerOperation operation, String requestId) {
    AuthorisedPartner partner = partners.authorise(certificate(), operation, requestId);
    PartnerCallMeter.notePartner(partner.name());
    caller.enter(new Actor.Partner(partner.id(), partner.name()), Channel.PARTNER, requestId);
    return partner;
  }

  /**
   * A query that authorises its partner itself: the partner it entered as the request's {@link
   * Caller}, if any, names the call in the partner meter, refused or not (as {@link #partner}
   * does).
   */
  private <T> T queried(Supplier<T> query) {
    try {
      return query.get();
    } finally {
      if (caller.actor() instanceof Actor.Partner partner) {
        PartnerCallMeter.notePartner(partner.name());
      }
    }
  }

  /**
   * A mutating request: the partner authorised for the operation, and the whole request element
   * fingerprinted, so that a replay gets the first answer and a changed body under the same id is
   * refused.
   */
  private PartnerRequest request(PartnerOperation operation, String requestId, Object whole) {
    return new PartnerRequest(
        partner(operation, requestId),
        requestId,
        RequestFingerprints.fingerprint(operation, whole));
  }

  /** The partner's certificate the TLS layer authenticated (the listener requires one). */
  private X509Certificate certificate() {
    HttpServletRequest request =
        (HttpServletRequest) context.getMessageContext().get(MessageContext.SERVLET_REQUEST);
    Object chain = request.getAttribute("jakarta.servlet.request.X509Certificate");
    if (!(chain instanceof X509Certificate[] c) || c.length == 0) {
      throw new BusinessRefusal(ErrorCode.NOT_AUTHORISED, "no partner certificate");
    }
    return c[0];
  }

  private static CardPresence presence(it.cns.enrollment.contract.partner.v1.CardPresence card) {
    return new CardPresence(card.getCertificate(), card.getChallengeId(), card.getProof());
  }

  private static CardBinding toContract(BindingReceipt r) {
    CardBinding b = new CardBinding();
    b.setCodiceFiscale(r.codiceFiscale());
    b.setAccountType(AccountType.valueOf(r.accountType().name()));
    b.setEntratelSite(r.entratelSite());
    b.setCardIssuer(r.cardIssuer());
    b.setMaskedCardId(r.maskedCardId());
    b.setCertificateSerial(r.certificateSerial());
    b.setBoundAt(XmlTimes.of(r.boundAt()));
    return b;
  }

  private static FisconlineEnrollment toContract(EnrollmentReceipt r) {
    IssuedCredentials credentials = new IssuedCredentials();
    credentials.setCodiceFiscale(r.codiceFiscale());
    credentials.setPin(r.pin().reveal());
    credentials.setPassword(r.password().reveal());
    credentials.setEnabledAt(XmlTimes.of(r.enabledAt()));
    FisconlineEnrollment out = new FisconlineEnrollment();
    out.setCredentials(credentials);
    out.setBinding(toContract(r.binding()));
    return out;
  }
}
