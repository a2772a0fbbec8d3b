package it.cns.enrollment.application.text;

import it.cns.enrollment.domain.account.AlreadyEnabledException;
import it.cns.enrollment.domain.account.ImportField;
import it.cns.enrollment.domain.account.ImportOutcome;
import it.cns.enrollment.domain.account.ImportProblem;
import it.cns.enrollment.domain.account.ImportRefusal;
import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.domain.activation.ActivationDocument;
import it.cns.enrollment.domain.activation.ActivationInputException;
import it.cns.enrollment.domain.activation.CodeKind;
import it.cns.enrollment.domain.activation.IdentityDocumentType;
import it.cns.enrollment.domain.activation.MissingDocumentsException;
import it.cns.enrollment.domain.activation.RevocationReason;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.challenge.CardProofContent;
import it.cns.enrollment.domain.counter.CounterOfficeRequiredException;
import it.cns.enrollment.domain.credential.PasswordPolicy;
import it.cns.enrollment.domain.credential.PasswordPolicyException;
import it.cns.enrollment.domain.credential.PasswordRule;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.error.InvalidFieldException;
import it.cns.enrollment.domain.error.InvalidRequestException;
import it.cns.enrollment.domain.error.TooManyAttemptsException;
import it.cns.enrollment.domain.identity.CertificateRefusal;
import it.cns.enrollment.domain.identity.InvalidCardIdException;
import it.cns.enrollment.domain.identity.InvalidCodiceFiscaleException;
import it.cns.enrollment.domain.operator.OperatorRole;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Every user-facing text the domain's codes stand for, in one language: the {@code Messages} bundle
 * of this package (Italian, the base, and {@code _en}). The web, SOAP, PDF and mail channels word
 * errors, refusals and labels here, so that a new language is a new bundle file and the domain is
 * not touched. Keys: an {@link ErrorCode} name, or {@code <CODE>.<detail>} where an error says more
 * (the rule, the problem, the account type), {@code CertificateRefusal.<code>}, {@code
 * CardId.<reason>}, {@code CodiceFiscale.<problem>}, and the activation labels ({@code case.},
 * {@code document.}, {@code idType.}, {@code code.}, {@code field.}, {@code acting.}). Keys with
 * arguments are {@link MessageFormat} patterns.
 */
public final class Messages {

  /** The bundle's base name, for tests that check every language has every key. */
  public static final String BUNDLE = "it.cns.enrollment.application.text.Messages";

  // The base bundle is Italian: never fall back to the JVM's default locale instead.
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  public static final Messages ITALIAN = in(Locale.ITALIAN);
  public static final Messages ENGLISH = in(Locale.ENGLISH);

  private final Locale locale;
  private final ResourceBundle bundle;

  private Messages(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
  }

  /** The texts in {@code locale}'s language (Italian when the language has no bundle). */
  public static Messages in(Locale locale) {
    return new Messages(locale == null ? Locale.ITALIAN : locale);
  }

  /** The language asked for. */
  public Locale locale() {
    return locale;
  }

  /** The message of a code, without the detail a specific exception adds. */
  public String of(ErrorCode code) {
    return text(code.name());
  }

  /** What the user reads for a refused operation: the code's text, made specific where it can. */
  public String of(BusinessRefusal e) {
    if (e instanceof InvalidRequestException r) {
      return format(ErrorCode.INVALID_REQUEST.name() + "." + r.problem(), r.arguments());
    }
    if (e instanceof PasswordPolicyException p) {
      return passwordRule(p.rule(), p.minLength(), p.maxLength());
    }
    if (e instanceof AlreadyEnabledException a && a.existing().isPresent()) {
      return text(ErrorCode.ALREADY_ENABLED.name() + "." + a.existing().get().name());
    }
    if (e instanceof InvalidFieldException f) {
      String where = of(f.code()) + " " + text("InvalidField.label") + ": " + f.field();
      return f.problem() == null ? where : where + ". " + format(f.problem(), f.arguments());
    }
    if (e instanceof TooManyAttemptsException t) {
      return format(
          ErrorCode.TOO_MANY_ATTEMPTS.name(), List.of(String.valueOf(t.retryAfterSeconds())));
    }
    if (e instanceof ActivationInputException a) {
      return text("field." + a.field().name()) + ": " + format(a.problem(), a.arguments());
    }
    if (e instanceof CounterOfficeRequiredException c) {
      return text(ErrorCode.COUNTER_OFFICE_REQUIRED.name() + "." + c.situation().name());
    }
    if (e instanceof MissingDocumentsException m) {
      String list =
          m.missing().stream()
              .map(d -> documentLabel(m.activationCase(), d))
              .collect(Collectors.joining("; "));
      return of(m.code()) + " " + text("missing") + " " + list;
    }
    return of(e.code());
  }

  /** What is wrong with the card's certificate and what to do, for the citizen. */
  public String of(CertificateRefusal refusal) {
    return text("CertificateRefusal." + refusal.code());
  }

  /** Why a card number was refused. */
  public String of(InvalidCardIdException e) {
    return format("CardId." + e.reason().name(), e.arguments());
  }

  /** Why a codice fiscale was refused. */
  public String of(InvalidCodiceFiscaleException e) {
    return format("CodiceFiscale." + e.problem(), e.arguments());
  }

  /** A password rule explained, e.g. "La password deve avere almeno 8 caratteri." */
  public String passwordRule(PasswordRule rule, int minLength, int maxLength) {
    return format(
        ErrorCode.PASSWORD_POLICY.name() + "." + rule.name(),
        List.of(
            String.valueOf(minLength), String.valueOf(maxLength), PasswordPolicy.ALLOWED_SPECIALS));
  }

  /**
   * The privacy notice of {@code version} shown at an activation: its title, then its paragraphs
   * (what is processed and why, how long and by whom, the person's rights).
   */
  public List<String> privacyNotice(String version) {
    String prefix = "privacyNotice." + version + ".";
    return List.of(
        text(prefix + "title"),
        text(prefix + "purpose"),
        text(prefix + "data"),
        text(prefix + "rights"));
  }

  /** E.g. "Smarrimento" / "Lost". */
  public String label(RevocationReason reason) {
    return text("revocationReason." + reason.name());
  }

  /** E.g. "Attivazione per il figlio minore" / "Activation for a minor child". */
  public String label(ActivationCase activationCase) {
    return text("case." + activationCase.name());
  }

  /**
   * E.g. "Il genitore, con responsabilità genitoriale, deve presentarsi allo sportello munito di:".
   */
  public String checklistIntro(ActivationCase activationCase) {
    return text("case." + activationCase.name() + ".intro");
  }

  /** Who stands at the counter in this case, e.g. "Genitore" / "Parent". */
  public String actingRole(ActivationCase activationCase) {
    return text("case." + activationCase.name() + ".acting");
  }

  /** The seed's wording of {@code document} in the case's list (the general label otherwise). */
  public String documentLabel(ActivationCase activationCase, ActivationDocument document) {
    try {
      return bundle.getString("document." + activationCase.name() + "." + document.name());
    } catch (MissingResourceException e) {
      return label(document);
    }
  }

  /** The document's general label (the seed's words). */
  public String label(ActivationDocument document) {
    return text("document." + document.name());
  }

  /** The name of a personal code in the language (the mail with the codes' second halves). */
  public String label(CodeKind kind) {
    return text("code." + kind.name());
  }

  /**
   * The codes mail's greeting and first paragraph, addressing the recipient in the role of {@code
   * activationCase} (the holder, or the parent, representative or delegate who acted).
   */
  public String codesMailOpening(ActivationCase activationCase, String cardMasked, int generation) {
    return format(
        "mail.codes.opening." + activationCase.name(),
        List.of(cardMasked, String.valueOf(generation)));
  }

  /** "seconda parte" / "second part": how the mail labels each code's half. */
  /** Subject of the mail telling supervisors a partner's certificate expires soon. */
  public String partnerExpirySubject(String partner, String day) {
    return format("mail.partnerExpiry.subject", List.of(partner, day));
  }

  /** Body of that mail: the partner, its certificate's serial and expiry day. */
  public String partnerExpiryBody(String partner, String serial, String day) {
    return format("mail.partnerExpiry.body", List.of(partner, serial, day));
  }

  public String codesMailHalf() {
    return text("mail.codes.half");
  }

  /** What each code is for, who may ask for which, and what to do if nobody asked. */
  public String codesMailClosing(ActivationCase activationCase) {
    return text("mail.codes.closing." + activationCase.name());
  }

  /** What an audit event records, e.g. "Ristampa dei codici" / "Reissue of the codes". */
  public String label(AuditAction action) {
    return text("auditAction." + action.name());
  }

  /** Through which door it came, e.g. "Supervisione (intranet)" / "Supervision (intranet)". */
  public String label(Channel channel) {
    return text("channel." + channel.name());
  }

  public String label(IdentityDocumentType type) {
    return text("idType." + type.name());
  }

  /**
   * A text of a printed document (the blank forms of a delegation, the credentials letter): key
   * {@code print.<key>}, used as is.
   */
  public String printed(String key) {
    return text("print." + key);
  }

  /**
   * Why a row of an import of already-enabled users was refused, e.g. "Il tipo XYZ non esiste:
   * scriva FISCONLINE o ENTRATEL." A codice fiscale that breaks a rule is worded as everywhere
   * else.
   */
  public String of(ImportRefusal refusal) {
    if (refusal.problem() == ImportProblem.CF_INVALID && refusal.detail() != null) {
      return format("CodiceFiscale." + refusal.detail(), refusal.arguments());
    }
    return format("userImport.problem." + refusal.problem().name(), refusal.arguments());
  }

  /** The column a refusal names, by its header name and in words; the whole record when null. */
  public String label(ImportField field) {
    return text("userImport.field." + (field == null ? "RECORD" : field.name()));
  }

  /** What an import did with a row, e.g. "Già presente" / "Already present". */
  public String label(ImportOutcome outcome) {
    return text("userImport.outcome." + outcome.name());
  }

  /**
   * An audit event's outcome in words, e.g. "Smartcard non registrata" for CARD_NOT_REGISTERED: OK,
   * an error code, a certificate refusal or an outbox outcome; the code itself when no text knows
   * it (a row of another release).
   */
  public String outcome(String code) {
    return code != null && bundle.containsKey("auditOutcome." + code)
        ? text("auditOutcome." + code)
        : code;
  }

  /** The name of a key of an audit event's detail in words; the key itself when unknown. */
  public String detailLabel(String key) {
    return key != null && bundle.containsKey("auditDetail." + key)
        ? text("auditDetail." + key)
        : key;
  }

  /**
   * The detail keys whose values are codes of a known enum, and the texts that word them: the value
   * {@code STOLEN} of {@code reason} is worded by {@code revocationReason.STOLEN}. The enum is
   * named so that a test can check each of its constants has a text in every language.
   */
  public static final Map<String, CodedDetail> CODED_DETAILS =
      Map.of(
          "role", new CodedDetail("operatorRole.", OperatorRole.class),
          "roleBefore", new CodedDetail("operatorRole.", OperatorRole.class),
          "reason", new CodedDetail("revocationReason.", RevocationReason.class),
          "case", new CodedDetail("case.", ActivationCase.class),
          "idDocument", new CodedDetail("idType.", IdentityDocumentType.class),
          "action", new CodedDetail("auditAction.", AuditAction.class),
          "channel", new CodedDetail("channel.", Channel.class),
          "form", new CodedDetail("cardProofForm.", CardProofContent.Form.class));

  /** Where the texts of a coded detail value live, and the enum whose constants it words. */
  public record CodedDetail(String textPrefix, Class<? extends Enum<?>> codes) {}

  /**
   * A value of an audit event's detail in words when its key holds codes of a known enum, e.g.
   * "Furto" for {@code reason=STOLEN}; the value as recorded otherwise (free text, a number, a code
   * of another release). The audit filter's {@code outcome} is worded as an event's outcome.
   */
  public String detailValue(String key, String value) {
    if (key == null || value == null) {
      return value;
    }
    if (key.equals("outcome")) {
      return outcome(value);
    }
    CodedDetail coded = CODED_DETAILS.get(key);
    return coded != null && bundle.containsKey(coded.textPrefix() + value)
        ? text(coded.textPrefix() + value)
        : value;
  }

  /** A text used as is: no arguments, so an apostrophe needs no quoting. */
  private String text(String key) {
    return bundle.getString(key);
  }

  /** A {@link MessageFormat} pattern (an apostrophe is written twice) filled with arguments. */
  private String format(String key, List<String> arguments) {
    Objects.requireNonNull(arguments, "arguments are required");
    return new MessageFormat(text(key), locale).format(arguments.toArray());
  }
}
