package it.cns.enrollment.application.text;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.domain.account.AccountType;
import it.cns.enrollment.domain.account.ImportField;
import it.cns.enrollment.domain.account.ImportOutcome;
import it.cns.enrollment.domain.account.ImportProblem;
import it.cns.enrollment.domain.account.ImportRefusal;
import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.domain.activation.ActivationDocument;
import it.cns.enrollment.domain.activation.ActivationInputException;
import it.cns.enrollment.domain.activation.CodeKind;
import it.cns.enrollment.domain.activation.IdentityDocumentType;
import it.cns.enrollment.domain.activation.PrivacyNotice;
import it.cns.enrollment.domain.activation.RevocationReason;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.counter.CounterOfficeRequiredException;
import it.cns.enrollment.domain.credential.PasswordRule;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.error.InvalidFieldException;
import it.cns.enrollment.domain.identity.CertificateRefusal;
import it.cns.enrollment.domain.identity.InvalidCardIdException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every code the domain can raise has its text in every language's bundle, and no bundle keeps a
 * text nothing asks for. A new code, rule, problem or language is caught here, not on a page.
 */
class MessagesTest {

  /** The files of the bundle, each read on its own (not through the parent chain). */
  private static final List<String> FILES =
      List.of("Messages.properties", "Messages_en.properties");

  // INVALID_REQUEST problems are raised by name in PartnerCertificates, PartnerAdministration,
  // AuditFilter, the web's AuditQuery and CounterAdmin, WorkstationAdministration (its certificate
  // problems are the partner ones renamed); CodiceFiscale problems in
  // InvalidCodiceFiscaleException.
  private static final List<String> INVALID_REQUEST_PROBLEMS =
      List.of(
          "PARTNER_CERTIFICATE_UNREADABLE",
          "PARTNER_CERTIFICATE_EXPIRED",
          "PARTNER_CERTIFICATE_NOT_YET_VALID",
          "PARTNER_CERTIFICATE_NOT_FOR_CLIENT_AUTH",
          "PARTNER_CERTIFICATE_UNTRUSTED",
          "PARTNER_NAME_MISSING",
          "PARTNER_UNKNOWN",
          "PARTNER_NO_RENEWAL",
          "PARTNER_RENEWAL_IS_CURRENT",
          "AUDIT_DATES_REVERSED",
          "AUDIT_CF_MALFORMED",
          "AUDIT_TEXT_TOO_LONG",
          "AUDIT_FILTER_VALUE",
          "REVOCATION_REASON_MISSING",
          "COUNTER_OFFICE_UNKNOWN",
          "IMPORT_NO_FILE",
          "IMPORT_FILE_TOO_LARGE",
          "IMPORT_FILE_EMPTY",
          "IMPORT_FILE_NOT_UTF8",
          "IMPORT_FILE_MALFORMED",
          "IMPORT_HEADER_MISSING",
          "IMPORT_HEADER_UNKNOWN",
          "IMPORT_TOO_MANY_ROWS",
          "WORKSTATION_LABEL_MISSING",
          "WORKSTATION_OFFICE_NOT_ENABLED",
          "WORKSTATION_UNKNOWN",
          "WORKSTATION_CERTIFICATE_UNREADABLE",
          "WORKSTATION_CERTIFICATE_EXPIRED",
          "WORKSTATION_CERTIFICATE_NOT_YET_VALID",
          "WORKSTATION_CERTIFICATE_NOT_FOR_CLIENT_AUTH",
          "WORKSTATION_CERTIFICATE_UNTRUSTED");
  private static final List<String> CODICE_FISCALE_PROBLEMS =
      List.of(
          "EMPTY",
          "LENGTH",
          "LETTER_EXPECTED",
          "DIGIT_EXPECTED",
          "MONTH",
          "DAY",
          "CHECK_CHARACTER");
  private static final List<String> ACTING_PROBLEMS =
      List.of(
          "acting.sameAsHolder",
          "acting.notHolder",
          "acting.missing",
          "acting.minor",
          "name.invalid");

  /** The texts of the printed documents (Messages.printed), without their "print." prefix. */
  private static final List<String> PRINTED =
      List.of(
          "delegation.title",
          "codesRequest.title",
          "holder",
          "delegate",
          "name",
          "cf",
          "card",
          "email.title",
          "email",
          "delegation.text",
          "codesRequest.text",
          "attach",
          "attach.holderId",
          "attach.medical",
          "attach.codesRequest",
          "placeDate",
          "holderSignature",
          "copy.counter",
          "copy.holder",
          "letter.title",
          "letter.holder",
          "letter.enabledAt",
          "letter.codes",
          "letter.pin",
          "letter.password",
          "letter.text");

  /** Keys whose texts are MessageFormat patterns (an apostrophe written twice). */
  private static final List<String> PATTERN_PREFIXES =
      List.of(
          "INVALID_REQUEST.",
          "PASSWORD_POLICY.",
          "CardId.",
          "CodiceFiscale.",
          "acting.",
          "name.",
          "consent.",
          "mail.codes.opening.",
          "mail.partnerExpiry.",
          "userImport.problem.");

  /**
   * The outcomes of audit events: OK, every error code, every certificate refusal, and the outbox's
   * own (MailDelivery.OUTCOME_GAVE_UP, MailOutbox.OUTCOME_RETRY_REQUESTED; ERROR is AuditRecorder's
   * for an unexpected failure).
   */
  static final Set<String> AUDIT_OUTCOMES = auditOutcomes();

  private static Set<String> auditOutcomes() {
    Set<String> codes = new TreeSet<>(List.of("OK", "GAVE_UP", "RETRY_REQUESTED", "ERROR"));
    Stream.of(ErrorCode.values()).forEach(c -> codes.add(c.name()));
    Stream.of(CertificateRefusal.values()).forEach(r -> codes.add(r.code()));
    return codes;
  }

  // A detail's key is written as a literal where the detail is made: AuditDetails.of("key", ..),
  // .and("key", ..) or RefusalSubject.detail("key", ..). Read from the sources, so that a new key
  // without its words fails here.
  private static final Pattern DETAIL_KEY =
      Pattern.compile(
          "(?:AuditDetails\\.of|\\.and|RefusalSubject\\.detail)\\(\\s*\"([a-z][a-zA-Z0-9_.-]{0,39})\"\\s*,");

  static Set<String> auditDetailKeys() {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        if (source.contains("AuditDetails") || source.contains("RefusalSubject")) {
          Matcher m = DETAIL_KEY.matcher(source);
          while (m.find()) {
            keys.add(m.group(1));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return keys;
  }

  private static Set<String> requiredKeys() {
    Set<String> keys = new TreeSet<>();
    Stream.of(ErrorCode.values()).forEach(c -> keys.add(c.name()));
    Stream.of(AccountType.values()).forEach(t -> keys.add("ALREADY_ENABLED." + t.name()));
    Stream.of(PasswordRule.values()).forEach(r -> keys.add("PASSWORD_POLICY." + r.name()));
    INVALID_REQUEST_PROBLEMS.forEach(p -> keys.add("INVALID_REQUEST." + p));
    keys.add("InvalidField.label");
    Stream.of(CertificateRefusal.values()).forEach(r -> keys.add("CertificateRefusal." + r.code()));
    Stream.of(InvalidCardIdException.Reason.values()).forEach(r -> keys.add("CardId." + r.name()));
    CODICE_FISCALE_PROBLEMS.forEach(p -> keys.add("CodiceFiscale." + p));
    for (ActivationCase c : ActivationCase.values()) {
      keys.add("case." + c.name());
      keys.add("case." + c.name() + ".intro");
      keys.add("case." + c.name() + ".acting");
    }
    Stream.of(ActivationDocument.values()).forEach(d -> keys.add("document." + d.name()));
    Stream.of(IdentityDocumentType.values()).forEach(t -> keys.add("idType." + t.name()));
    Stream.of(CodeKind.values()).forEach(k -> keys.add("code." + k.name()));
    keys.add("missing");
    Stream.of(ActivationInputException.Field.values()).forEach(f -> keys.add("field." + f.name()));
    keys.addAll(ACTING_PROBLEMS);
    PRINTED.forEach(k -> keys.add("print." + k));
    Stream.of(RevocationReason.values()).forEach(r -> keys.add("revocationReason." + r.name()));
    // The audit and look-up pages word every action and channel (issue #18).
    Stream.of(AuditAction.values()).forEach(a -> keys.add("auditAction." + a.name()));
    Stream.of(Channel.values()).forEach(c -> keys.add("channel." + c.name()));
    keys.add("consent.missing");
    keys.add("consent.outdated");
    for (String part : List.of("title", "purpose", "data", "rights")) {
      keys.add("privacyNotice." + PrivacyNotice.CURRENT_VERSION + "." + part);
    }
    // The import of already-enabled users: each problem, column and outcome (issue #18).
    Stream.of(ImportProblem.values()).forEach(p -> keys.add("userImport.problem." + p.name()));
    Stream.of(ImportField.values()).forEach(f -> keys.add("userImport.field." + f.name()));
    keys.add("userImport.field.RECORD");
    Stream.of(ImportOutcome.values()).forEach(o -> keys.add("userImport.outcome." + o.name()));
    // Every outcome an audit event may record, and every key of a detail, in words (issue #18).
    AUDIT_OUTCOMES.forEach(o -> keys.add("auditOutcome." + o));
    auditDetailKeys().forEach(k -> keys.add("auditDetail." + k));
    // Every constant of an enum whose codes a detail's value holds, in words (issue #18).
    Messages.CODED_DETAILS
        .values()
        .forEach(
            d ->
                Stream.of(d.codes().getEnumConstants())
                    .forEach(c -> keys.add(d.textPrefix() + c.name())));
    keys.add("mail.codes.half");
    keys.add("mail.partnerExpiry.subject");
    keys.add("mail.partnerExpiry.body");
    Stream.of(CounterOfficeRequiredException.Situation.values())
        .forEach(x -> keys.add("COUNTER_OFFICE_REQUIRED." + x.name()));
    for (ActivationCase c : ActivationCase.values()) {
      keys.add("mail.codes.opening." + c.name());
      keys.add("mail.codes.closing." + c.name());
    }
    return keys;
  }

  /** A case may word one of its own documents differently: document.<CASE>.<DOCUMENT>. */
  private static boolean isCaseWording(String key) {
    for (ActivationCase c : ActivationCase.values()) {
      for (ActivationDocument d : c.requiredDocuments()) {
        if (key.equals("document." + c.name() + "." + d.name())) {
          return true;
        }
      }
    }
    return false;
  }

  private static Map<String, String> read(String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      p.load(in);
    }
    Map<String, String> out = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"Messages.properties", "Messages_en.properties"})
  void everyCodeHasItsTextAndNoTextIsAnOrphan(String file) throws IOException {
    Map<String, String> texts = read(file);

    assertThat(texts.keySet()).as("missing in " + file).containsAll(requiredKeys());
    assertThat(texts.keySet().stream().filter(k -> !requiredKeys().contains(k)))
        .as("orphans in " + file)
        .allMatch(MessagesTest::isCaseWording);
    assertThat(texts.values()).as("blank in " + file).allMatch(v -> !v.isBlank());
  }

  @Test
  void anInvalidFieldNamesTheFieldAndSaysWhatIsWrongInEachLanguage() {
    InvalidFieldException e =
        new InvalidFieldException(
            "/registrationStatus/codiceFiscale",
            "check character",
            "CodiceFiscale.CHECK_CHARACTER",
            List.of("U"));

    assertThat(Messages.ITALIAN.of(e))
        .contains("Campo: /registrationStatus/codiceFiscale")
        .contains("carattere di controllo")
        .contains("dovrebbe essere U");
    assertThat(Messages.ENGLISH.of(e))
        .contains("Field: /registrationStatus/codiceFiscale")
        .contains("it should be U");
    assertThat(Messages.ENGLISH.of(new InvalidFieldException("/a/b", "why")))
        .endsWith("Field: /a/b");
  }

  @Test
  void everyLanguageHasTheSameKeysAsTheItalianBase() throws IOException {
    Set<String> italian = read(FILES.get(0)).keySet();
    for (String file : FILES) {
      assertThat(read(file).keySet()).as(file).isEqualTo(italian);
    }
  }

  // MessageFormat reads a lone apostrophe as the start of a quote and drops the text after it;
  // a plain text shows a doubled one twice.
  @ParameterizedTest
  @ValueSource(strings = {"Messages.properties", "Messages_en.properties"})
  void quotesApostrophesOnlyInPatterns(String file) throws IOException {
    read(file)
        .forEach(
            (key, text) -> {
              boolean pattern = PATTERN_PREFIXES.stream().anyMatch(key::startsWith);
              if (pattern) {
                assertThat(text.replace("''", "")).as(key).doesNotContain("'");
              } else {
                assertThat(text).as(key).doesNotContain("''");
              }
            });
  }

  @Test
  void auditActionsAndChannelsAreWordedInThePagesLanguage() {
    assertThat(Messages.ITALIAN.label(AuditAction.CODES_REISSUE)).isEqualTo("Ristampa dei codici");
    assertThat(Messages.ENGLISH.label(AuditAction.CODES_REISSUE)).isEqualTo("Reissue of the codes");
    assertThat(Messages.ITALIAN.label(Channel.SUPERVISION)).isEqualTo("Supervisione (intranet)");
    assertThat(Messages.ENGLISH.label(Channel.COUNTER)).isEqualTo("Counter (intranet)");
  }

  @Test
  void aRefusedImportRowIsWordedWithItsFieldAndReasonInEachLanguage() {
    ImportRefusal type =
        new ImportRefusal(3, ImportField.TYPE, ImportProblem.TYPE_UNKNOWN, null, List.of("XYZ"));
    assertThat(Messages.ITALIAN.of(type))
        .isEqualTo("Il tipo \"XYZ\" non esiste: scriva FISCONLINE o ENTRATEL.");
    assertThat(Messages.ENGLISH.of(type)).contains("no type \"XYZ\"");
    assertThat(Messages.ITALIAN.label(ImportField.TYPE)).isEqualTo("Tipo (tipo)");
    assertThat(Messages.ITALIAN.label((ImportField) null)).isEqualTo("Riga");
    ImportRefusal cf =
        new ImportRefusal(
            2,
            ImportField.CODICE_FISCALE,
            ImportProblem.CF_INVALID,
            "CHECK_CHARACTER",
            List.of("U"));
    assertThat(Messages.ITALIAN.of(cf)).contains("dovrebbe essere U");
    assertThat(Messages.ITALIAN.label(ImportOutcome.ALREADY_PRESENT))
        .isEqualTo("Gi\u00e0 presente");
    assertThat(Messages.ENGLISH.label(ImportOutcome.ALREADY_PRESENT)).isEqualTo("Already present");
  }

  @Test
  void everyCodedDetailKeyIsOneTheSourcesRecord() {
    assertThat(auditDetailKeys()).containsAll(Messages.CODED_DETAILS.keySet());
  }

  @Test
  void detailValuesThatAreCodesAreWordedAndOtherValuesStayAsRecorded() {
    assertThat(Messages.ITALIAN.detailValue("role", "SUPERVISOR")).isEqualTo("Supervisore");
    assertThat(Messages.ENGLISH.detailValue("roleBefore", "OPERATOR")).isEqualTo("Operator");
    assertThat(Messages.ITALIAN.detailValue("reason", "STOLEN")).isEqualTo("Furto");
    assertThat(Messages.ENGLISH.detailValue("reason", "STOLEN")).isEqualTo("Stolen");
    assertThat(Messages.ITALIAN.detailValue("channel", "COUNTER"))
        .isEqualTo("Sportello (intranet)");
    assertThat(Messages.ITALIAN.detailValue("outcome", "OK")).isEqualTo("Eseguito");
    // A free-text reason, a code of another release, a key that holds no codes: as recorded.
    assertThat(Messages.ITALIAN.detailValue("reason", "wrong PIN")).isEqualTo("wrong PIN");
    assertThat(Messages.ITALIAN.detailValue("role", "AUDITOR")).isEqualTo("AUDITOR");
    assertThat(Messages.ITALIAN.detailValue("operator", "SUPERVISOR")).isEqualTo("SUPERVISOR");
    assertThat(Messages.ITALIAN.detailValue("role", null)).isNull();
  }

  @Test
  void auditOutcomesAndDetailKeysAreWordedAndUnknownOnesStayAsRecorded() {
    assertThat(auditDetailKeys()).contains("reason", "roleBefore", "rows");
    assertThat(Messages.ITALIAN.outcome("OPERATOR_LOGIN_REFUSED"))
        .isEqualTo("Accesso all'intranet rifiutato");
    assertThat(Messages.ENGLISH.outcome("OPERATOR_LOGIN_REFUSED"))
        .isEqualTo("Intranet login refused");
    assertThat(Messages.ITALIAN.outcome("OK")).isEqualTo("Eseguito");
    assertThat(Messages.ITALIAN.outcome("REVOKED")).isEqualTo("Certificato revocato");
    assertThat(Messages.ITALIAN.outcome("SOMETHING_OLDER")).isEqualTo("SOMETHING_OLDER");
    assertThat(Messages.ITALIAN.detailLabel("roleBefore")).isEqualTo("Profilo precedente");
    assertThat(Messages.ENGLISH.detailLabel("nope")).isEqualTo("nope");
  }
}
