package it.cns.enrollment.infrastructure.config;

import static it.cns.enrollment.infrastructure.config.Setting.ReadBy.APPLICATION;
import static it.cns.enrollment.infrastructure.config.Setting.ReadBy.LAUNCHER;
import static it.cns.enrollment.infrastructure.config.Setting.ReadBy.SERVER;
import static it.cns.enrollment.infrastructure.config.Setting.ReadBy.SERVER_AND_APPLICATION;

import java.util.Optional;

/**
 * Every setting of CNS Enrollment, declared once: its name (the environment variable, also the
 * MicroProfile Config property name), who reads it, its default and what it means. {@code
 * docs/settings.md} is generated from this list, and tests check it against that file and against
 * the {@code ${env.CNS_…:default}} expressions of the server's CLI scripts.
 *
 * <p>The application reads its settings only through {@link Settings}, which accepts nothing but a
 * constant of this enum: a setting that is not declared here cannot be read.
 */
public enum Setting {

  // --- server: resolved by WildFly in standalone.xml (${env.X:default}) -------------------------
  CNS_BIND_ADDRESS(SERVER, Default.of("127.0.0.1"), "interface of the HTTP and HTTPS listeners"),
  CNS_MANAGEMENT_ADDRESS(SERVER, Default.of("127.0.0.1"), "interface of WildFly management"),
  CNS_MANAGEMENT_PORT(SERVER, Default.of("9990"), "port of WildFly management (loopback only)"),
  CNS_PUBLIC_PORT(
      SERVER_AND_APPLICATION, Default.of("8443"), "public HTTPS listener (no client certificate)"),
  CNS_SMARTCARD_PORT(
      SERVER_AND_APPLICATION,
      Default.of("8444"),
      "smartcard HTTPS listener (client certificate requested, CNS issuers)"),
  CNS_PARTNER_PORT(
      SERVER_AND_APPLICATION,
      Default.of("8445"),
      "partner HTTPS listener (client certificate required, partner CA): SOAP"),
  CNS_HTTP_PORT(
      SERVER_AND_APPLICATION,
      Default.of("8080"),
      "plain HTTP listener, which only redirects to the public one"),
  CNS_PORT_OFFSET(
      SERVER_AND_APPLICATION,
      Default.of("0"),
      "added to every port above and to management (the tests use 20000)"),
  CNS_DB_URL(
      SERVER,
      Default.of("jdbc:postgresql://127.0.0.1:5432/cns"),
      "PostgreSQL JDBC URL (also `./cns supervisor`, which has no default)"),
  CNS_DB_USER(
      SERVER,
      Default.of("cns"),
      "database runtime role: the application's connections (may only insert into and read the"
          + " audit trail)"),
  CNS_DB_PASSWORD(SERVER, Default.REQUIRED, true, "database password, supplied from outside"),
  // issue #15: the schema belongs to a role of its own, used only by the migrations
  CNS_DB_MIGRATION_USER(
      SERVER,
      Default.of("cns_owner"),
      "database role that owns the schema: the migrations run as it at deployment, and grant"
          + " `CNS_DB_USER` its rights"),
  CNS_DB_MIGRATION_PASSWORD(
      SERVER, Default.REQUIRED, true, "password of `CNS_DB_MIGRATION_USER`, supplied from outside"),
  CNS_DB_POOL_MIN(SERVER, Default.of("2"), "smallest connection pool"),
  CNS_DB_POOL_MAX(SERVER, Default.of("30"), "largest connection pool"),
  CNS_PKI_DIR(
      SERVER_AND_APPLICATION,
      Default.of("${jboss.server.config.dir}/pki"),
      "directory of `server.p12`, `cns-trust.p12`, `partner-trust.p12`; when set, the"
          + " application's default `CNS_TRUST_DIR` is its `cns-anchors` subdirectory"),
  CNS_PKI_PASSWORD(
      SERVER_AND_APPLICATION,
      Default.REQUIRED,
      true,
      "password of the key stores in `CNS_PKI_DIR`; the application opens `server.p12` (its key"
          + " signs answers to signed partner messages) and `partner-trust.p12` (partner signers)"),
  CNS_HTTP_REQUEST_PARSE_TIMEOUT_MS(
      SERVER,
      Default.of("10000"),
      "every listener: longest time a client may take to send a request head (slow clients)"),
  CNS_HTTP_READ_TIMEOUT_MS(
      SERVER,
      Default.of("30000"),
      "every listener: a connection silent this long is closed, also before and during TLS"),
  CNS_HTTP_WRITE_TIMEOUT_MS(
      SERVER,
      Default.of("30000"),
      "every listener: a client that reads nothing of the answer this long is dropped"),
  CNS_HTTP_IDLE_TIMEOUT_MS(
      SERVER, Default.of("30000"), "every listener: an idle keep-alive connection is closed"),
  CNS_HTTP_MAX_CONNECTIONS(
      SERVER, Default.of("1000"), "every listener: most open connections it accepts"),
  CNS_HTTP_MAX_DRAIN_BYTES(
      SERVER,
      Default.of("33554432"),
      "every listener: a body over the application's 10 MB limit is refused (413) and the rest"
          + " read and discarded up to this size, so the answer arrives; past it the connection is"
          + " cut"),
  CNS_TLS_SESSION_TIMEOUT_S(
      SERVER,
      Default.of("3600"),
      "public and partner listeners: how long a TLS session may be resumed (seconds, at most"
          + " 604800); not this on the smartcard listener, where a session lives 1 s so that a"
          + " login is a full handshake in which the card signs"),
  CNS_LOG_LEVEL(SERVER, Default.of("INFO"), "log level of `it.cns.enrollment`"),
  // cluster profile (standalone-ha.xml, issue #14)
  CNS_PROXY_PROTOCOL(
      SERVER,
      Default.of("false"),
      "`true`: the three HTTPS listeners expect a PROXY protocol header (behind HAProxy)"),
  CNS_CLUSTER_MEMBERS(
      SERVER,
      Default.of("127.0.0.1[7600]"),
      "cluster nodes' JGroups addresses, `host[port],…` (static discovery, this node included)"),
  CNS_CLUSTER_ADDRESS(
      SERVER, Default.of("127.0.0.1"), "interface the cluster nodes talk to each other on"),
  CNS_CLUSTER_NAME(SERVER, Default.of("cns-enrollment"), "name of the JGroups cluster"),
  CNS_SMTP_HOST(SERVER, Default.of("127.0.0.1"), "SMTP relay the outbox sends through"),
  CNS_SMTP_PORT(SERVER, Default.of("2525"), "port of the SMTP relay"),
  CNS_SMTP_TLS(SERVER, Default.of("false"), "`true`: STARTTLS to the relay"),
  CNS_SMTP_USER(
      SERVER,
      Default.NONE,
      "login to the relay: the provisioned server logs in only if it was set when the server was"
          + " provisioned (`cli/optional/mail-login.cli`); the value is read at boot"),
  CNS_SMTP_PASSWORD(SERVER, Default.NONE, true, "password of `CNS_SMTP_USER`, read at boot"),
  CNS_MAIL_FROM(
      SERVER,
      Default.of("TS-CNS <noreply@cns-enrollment.invalid>"),
      "sender of the outbox's mails"),
  // --- operations (issue #13): management console and console log format
  CNS_MANAGEMENT_CONSOLE(
      SERVER,
      Default.of("false"),
      "`true`: WildFly's administration console on the management interface (off: the HTTP"
          + " management API, `/health` and `/metrics` stay)"),
  CNS_LOG_JSON(
      SERVER,
      Default.of("false"),
      "`true`: the console log also as one JSON object per line (for a log collector)"),
  CNS_LOG_TEXT(
      SERVER,
      Default.of("true"),
      "`false`: no human-readable console log (with `CNS_LOG_JSON=true`: JSON only)"),
  CNS_SECRETS_DIR(
      SERVER,
      Default.of("${jboss.server.config.dir}/secrets"),
      "directory of mounted secret files, one per setting (file name = setting name, content ="
          + " value), read through MicroProfile Config for the settings the application reads"
          + " (environment variables take precedence); a missing directory is ignored"),

  // --- application: read once at deployment through MicroProfile Config -------------------------
  CNS_OUTBOX_KEY(
      APPLICATION,
      Default.REQUIRED,
      true,
      "the mail outbox key, 32 random bytes in base64 (`openssl rand -base64 32`); mail bodies are"
          + " sealed under it. Changing it makes mails still waiting unreadable (they are given"
          + " up); the launcher keeps one in `.dev/outbox.key`"),
  CNS_MAIL_POLL_SECONDS(
      APPLICATION,
      Default.of("30"),
      "how often the outbox looks for mails due, 1-3600 s (the launcher uses 10, the tests 1)"),
  CNS_MAIL_RETRY_SECONDS(
      APPLICATION,
      Default.of("60"),
      "wait after the first failed attempt, doubled after each further one, 1-86400 s"),
  CNS_MAIL_RETRY_MAX_SECONDS(
      APPLICATION,
      Default.of("3600"),
      "longest wait between attempts, 1-604800 s (at least `CNS_MAIL_RETRY_SECONDS`)"),
  CNS_MAIL_MAX_ATTEMPTS(
      APPLICATION,
      Default.of("12"),
      "attempts before a mail is given up, 1-1000 (12: about seven hours with the defaults)"),
  // Issue #17: the partner certificate expiry warning.
  CNS_PARTNER_EXPIRY_MAIL(
      APPLICATION,
      Default.NONE,
      "address (the supervisors' mailbox) mailed through the outbox, and again weekly, about each"
          + " enabled partner whose certificate expires within 30 days with no renewal certificate;"
          + " none: the partner page and the `cns_partner_certificates_expiring` metric only"),
  CNS_TRUST_DIR(
      APPLICATION,
      Default.computed("`$CNS_PKI_DIR/cns-anchors`"),
      "directory of trusted CNS issuer CA certificates"),
  CNS_TRUSTED_LIST(
      APPLICATION,
      Default.NONE,
      "optional ETSI TS 119 612 trusted list (AgID TSL-IT.xml format); its IdV services' CAs are"
          + " trusted too"),
  CNS_TRUSTED_LIST_SIGNER(
      APPLICATION,
      Default.NONE,
      "certificate (PEM or DER) that must have signed `CNS_TRUSTED_LIST` and the list downloaded"
          + " from `CNS_TRUSTED_LIST_URL`; required with either; during a change of signer, a PEM"
          + " file with both certificates (either may sign); read again at each use"),
  // Issue #17: the trusted list downloaded from its publisher and kept current.
  CNS_TRUSTED_LIST_URL(
      APPLICATION,
      Default.NONE,
      "address (`http` or `https`) the trusted list is downloaded from, e.g. AgID's"
          + " `https://eidas.agid.gov.it/TL/TSL-IT.xml`; a downloaded list is used only if it"
          + " verifies against `CNS_TRUSTED_LIST_SIGNER`, and then in place of `CNS_TRUSTED_LIST`"),
  CNS_TRUSTED_LIST_REFRESH_SECONDS(
      APPLICATION,
      Default.of("3600"),
      "seconds between downloads of `CNS_TRUSTED_LIST_URL` (conditional GET), 1-86400; the first"
          + " right after deployment; each node downloads for itself"),
  CNS_TRUSTED_LIST_TIMEOUT_SECONDS(
      APPLICATION,
      Default.of("30"),
      "connect and read timeout of a trusted list download, 1-600 s; a whole download may take"
          + " twice this"),
  CNS_TRUSTED_LIST_MAX_BYTES(
      APPLICATION, Default.of("16777216"), "largest trusted list downloaded, 1024-67108864 bytes"),
  CNS_REVOCATION_SMARTCARD(
      APPLICATION,
      Default.of("FAIL_CLOSED"),
      "`FAIL_CLOSED` or `FAIL_OPEN` (accept when CRL/OCSP cannot answer, and audit it) on the"
          + " smartcard listener; the launcher uses `FAIL_OPEN`: the demo cards name no"
          + " revocation service"),
  CNS_REVOCATION_PARTNER(
      APPLICATION,
      Default.of("FAIL_CLOSED"),
      "as `CNS_REVOCATION_SMARTCARD`, for certificates partners send over SOAP"),
  CNS_PUBLIC_URL(
      APPLICATION,
      Default.computed("`https://localhost:` + public port"),
      "address people reach the public listener at (`https://host[:port]`, no path): links and"
          + " redirects are built from it, never from the request's Host header"),
  CNS_SMARTCARD_URL(
      APPLICATION,
      Default.computed("`https://localhost:` + smartcard port"),
      "address people reach the smartcard listener at, as `CNS_PUBLIC_URL` (a real site often"
          + " gives the card site a host name of its own)"),
  CNS_SESSION_IDLE_MINUTES(
      APPLICATION, Default.of("15"), "idle timeout of web sessions, 1-1440 minutes"),
  CNS_ARGON2_MEMORY_KIB(
      APPLICATION,
      Default.of("19456"),
      "Argon2id memory for PINs and passwords, KiB (the OWASP minimum; lower values are refused;"
          + " stored hashes carry their parameters and are rehashed on the next successful login)"),
  CNS_ARGON2_ITERATIONS(
      APPLICATION, Default.of("2"), "Argon2id iterations, 2-64 (2 is the OWASP minimum)"),
  CNS_ARGON2_PARALLELISM(APPLICATION, Default.of("1"), "Argon2id parallelism, 1-16"),
  // #15 item 9: the pepper of every new hash (short codes above all).
  CNS_HASH_PEPPER(
      APPLICATION,
      Default.NONE,
      true,
      "server-side secret keying every new Argon2id hash (PIN, PUK, CIP, passwords), at least 32"
          + " random bytes in base64 (`openssl rand -base64 32`): a database dump alone then does"
          + " not allow guessing short codes offline; hashes made before it are rehashed at their"
          + " next successful use. Keep it: hashes made under it verify only with it"),
  CNS_ARGON2_CONCURRENCY(
      APPLICATION,
      Default.computed("the number of processors"),
      "how many Argon2id hashes are computed at once, 1-1024; more callers wait their turn, so"
          + " that simultaneous enrollments do not hold m KiB each and starve the heap (see"
          + " BENCHMARKS.md)"),
  CNS_OPERATOR_MAX_ATTEMPTS(
      APPLICATION,
      Default.of("5"),
      "consecutive wrong passwords that lock an intranet operator or supervisor, 1-100; only a"
          + " supervisor unlocks"),
  CNS_PIN_LENGTH(
      APPLICATION,
      Default.of("8"),
      "digits of the PIN issued at the counter (even, 6-32): the first half is printed on the"
          + " activation form, the second half e-mailed"),
  CNS_PUK_LENGTH(APPLICATION, Default.of("8"), "digits of the PUK, as `CNS_PIN_LENGTH`"),
  CNS_CIP_LENGTH(APPLICATION, Default.of("8"), "digits of the CIP, as `CNS_PIN_LENGTH`"),
  CNS_CIP_MAX_ATTEMPTS(
      APPLICATION,
      Default.of("3"),
      "consecutive wrong CIPs that block the revocation of a card by CIP, 1-20; only a supervisor"
          + " unlocks"),
  CNS_CHALLENGE_TTL_SECONDS(
      APPLICATION, Default.of("300"), "life of a card challenge issued to a partner, 1-1800 s"),
  // Issue #15: the card's proof names the operation and codice fiscale since contract 1.3.
  CNS_CARD_PROOF_UNBOUND(
      APPLICATION,
      Default.of("ACCEPT"),
      "`ACCEPT` or `REFUSE` a partner's card proof over the bare challenge (contract 1.2), which"
          + " does not name the operation it was given for; each accepted one is audited. `REFUSE`"
          + " once every partner signs the 1.3 text (docs/partner-api.md)"),
  CNS_PARTNER_AUTH_CACHE_SECONDS(
      APPLICATION,
      Default.of("10"),
      "how long each node remembers an enabled partner's access per certificate, 0-300 s; a change"
          + " on the partner pages applies at once on the node that made it and within this time"
          + " on the others; 0 reads the database on every call"),
  // Login throttling (#15 item 4), per account typed and per client address: the first wrong
  // attempts are free, then each waits twice as long as the one before.
  CNS_LOGIN_THROTTLE_ACCOUNT_FREE(
      APPLICATION,
      Default.of("2"),
      "wrong logins on one account (codice fiscale or username typed, existing or not) before"
          + " each further attempt is delayed, 0-1000"),
  CNS_LOGIN_THROTTLE_ADDRESS_FREE(
      APPLICATION,
      Default.of("20"),
      "wrong logins from one client address (any account) before each further attempt from it"
          + " is delayed, 0-1000000"),
  CNS_LOGIN_THROTTLE_DELAY_SECONDS(
      APPLICATION,
      Default.of("5"),
      "first delay once the free wrong logins are used up, doubled at each further one, 1-3600 s;"
          + " a delayed attempt is answered at once with the seconds left, never held waiting"),
  CNS_LOGIN_THROTTLE_MAX_DELAY_SECONDS(
      APPLICATION, Default.of("900"), "longest delay between two login attempts, 1-86400 s"),
  CNS_LOGIN_THROTTLE_FORGET_MINUTES(
      APPLICATION,
      Default.of("60"),
      "a count whose last wrong login is older than this starts again from nothing, 1-10080"
          + " minutes"),

  // Retention (#15): one job, once across the nodes, purges what is past its period.
  CNS_RETENTION_INTERVAL_SECONDS(
      APPLICATION,
      Default.of("900"),
      "how often the retention job runs, 1-86400 s; every node ticks, one of them purges per"
          + " interval (also expired activation forms, credentials letters, codes waiting for the"
          + " counter agent and partner message ids, and login throttle counts idle past"
          + " `CNS_LOGIN_THROTTLE_FORGET_MINUTES`)"),
  CNS_RETENTION_CHALLENGE_HOURS(
      APPLICATION,
      Default.of("24"),
      "card challenges are deleted this long after their expiry, 1-8760 hours"),
  CNS_RETENTION_PARTNER_ANSWER_DAYS(
      APPLICATION,
      Default.of("7"),
      "a partner's stored answer (sealed; an enrollment's holds the PIN and password) is deleted"
          + " this long after it was given, 1-3650 days; a request id sent again after that is"
          + " handled as a new request"),
  CNS_RETENTION_MAIL_RECIPIENT_DAYS(
      APPLICATION,
      Default.of("30"),
      "the recipient's address of a mail that was sent or given up is erased this long after the"
          + " mail was queued, 1-3650 days; the mail's row and state stay"),
  CNS_RETENTION_AUDIT_DAYS(
      APPLICATION,
      Default.of("3650"),
      "audit events are deleted this long after they happened, 365-36500 days (the database"
          + " refuses under 365); see docs/security.md, Retention"),

  // Issue #18 item 4: the counter agent's codes wait sealed for this long.
  CNS_AGENT_CODES_MINUTES(
      APPLICATION,
      Default.of("10"),
      "how long the PIN and PUK of an activation (or reissue) at the counter wait, sealed under"
          + " `CNS_OUTBOX_KEY`, for the counter agent's one fetch, 1-60 minutes; then they are"
          + " erased (at the next fetch or retention round) and the card needs a reissue"),

  // --- what a public administration's site must publish (footer of every page, issue #16) ---
  CNS_ACCESSIBILITY_STATEMENT_URL(
      APPLICATION,
      Default.of("https://form.agid.gov.it/"),
      "address of the accessibility statement, published through AgID's form"
          + " (`https://form.agid.gov.it/view/…`), linked from every page's footer; the default,"
          + " AgID's site, stands in until the statement is published"),
  CNS_FEEDBACK_URL(
      APPLICATION,
      Default.computed("`CNS_ACCESSIBILITY_STATEMENT_URL` (its feedback mechanism)"),
      "feedback channel linked from every page's footer (`https://…` or `mailto:…`), also for"
          + " reporting accessibility problems"),
  CNS_PRIVACY_NOTICE_URL(
      APPLICATION,
      Default.computed("the built-in notice `/privacy.xhtml`, filled in from the settings below"),
      "address of a privacy notice (GDPR art. 13) the administration publishes itself"
          + " (`https://…`): the footer links there instead of the built-in page"),
  CNS_PRIVACY_CONTROLLER(
      APPLICATION,
      Default.of("Amministrazione titolare del servizio"),
      "data controller named in the built-in privacy notice: name and address"),
  CNS_PRIVACY_CONTACT(
      APPLICATION,
      Default.of("mailto:privacy@example.invalid"),
      "the controller's contact in the privacy notice (`mailto:…` or `https://…`)"),
  CNS_PRIVACY_DPO_CONTACT(
      APPLICATION,
      Default.of("mailto:rpd@example.invalid"),
      "contact of the data protection officer (RPD/DPO) in the privacy notice (`mailto:…` or"
          + " `https://…`)"),

  // Import of already-enabled users by supervisors (#18 item 5; docs/user-import.md).
  CNS_USER_IMPORT_MAX_BYTES(
      APPLICATION,
      Default.of("1048576"),
      "largest CSV file of already-enabled users a supervisor may upload, 1024-8388608 bytes (the"
          + " page's upload stops at 8 MiB); the terminal command `./cns import-utenti` has no"
          + " limit"),
  CNS_USER_IMPORT_MAX_ROWS(
      APPLICATION,
      Default.of("5000"),
      "most rows (after the header) of a CSV file of already-enabled users uploaded on the page,"
          + " 1-100000; larger loads go through `./cns import-utenti`"),

  // --- launcher: ./cns only
  // -----------------------------------------------------------------------
  CNS_EXTRA_TRUST_DIR(
      LAUNCHER, Default.NONE, "extra CNS issuer certificates to trust on the smartcard listener"),
  CNS_DEV_MAIL(LAUNCHER, Default.of("on"), "`off`: no development mail server"),
  CNS_DEV_MAIL_API_PORT(
      LAUNCHER, Default.of("8025"), "port of the development mail server's web API (+ offset)"),
  CNS_JAVA_OPTS(LAUNCHER, Default.of("-Xms256m -Xmx768m"), "JVM options of the WildFly started");

  /** Who reads a setting. */
  public enum ReadBy {
    /** WildFly, from {@code ${env.X:default}} expressions in standalone.xml, at boot. */
    SERVER("server"),
    /** The application, once at deployment, through MicroProfile Config. */
    APPLICATION("application"),
    /** Both: the application must agree with the server (the listener ports). */
    SERVER_AND_APPLICATION("server, application"),
    /** The {@code ./cns} launcher only. */
    LAUNCHER("launcher");

    private final String label;

    ReadBy(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public boolean application() {
      return this == APPLICATION || this == SERVER_AND_APPLICATION;
    }

    public boolean server() {
      return this == SERVER || this == SERVER_AND_APPLICATION;
    }
  }

  /**
   * A default: a literal value used when the setting is unset, or none (with what happens then).
   */
  public record Default(String value, String shown) {

    static final Default NONE = new Default(null, "unset");
    static final Default REQUIRED = new Default(null, "**required**");

    static Default of(String value) {
      return new Default(value, "`" + value + "`");
    }

    /** A default the code works out (from other settings, the machine). */
    static Default computed(String shown) {
      return new Default(null, shown);
    }
  }

  private final ReadBy readBy;
  private final Default defaultValue;
  private final boolean secret;
  private final String description;

  Setting(ReadBy readBy, Default defaultValue, String description) {
    this(readBy, defaultValue, false, description);
  }

  Setting(ReadBy readBy, Default defaultValue, boolean secret, String description) {
    this.readBy = readBy;
    this.defaultValue = defaultValue;
    this.secret = secret;
    this.description = description;
  }

  public ReadBy readBy() {
    return readBy;
  }

  /** The literal default, if there is one. */
  public Optional<String> defaultValue() {
    return Optional.ofNullable(defaultValue.value());
  }

  /** The default as documented: a literal value, "unset", "required" or how it is worked out. */
  public String shownDefault() {
    return defaultValue.shown();
  }

  public boolean required() {
    return defaultValue == Default.REQUIRED;
  }

  /** Whether the value must never be logged or shown. */
  public boolean secret() {
    return secret;
  }

  public String description() {
    return description;
  }
}
