package it.cns.enrollment.infrastructure.pki.trust;

import it.cns.enrollment.domain.identity.TrustedListDownloaded;
import it.cns.enrollment.infrastructure.pki.validation.CertificateValidator;
import it.cns.enrollment.infrastructure.pki.validation.ReloadResult;
import it.cns.enrollment.infrastructure.pki.validation.RevocationMode;
import it.cns.enrollment.infrastructure.pki.validation.RevocationObserver;
import it.cns.enrollment.infrastructure.pki.validation.TrustAnchorLoadException;
import it.cns.enrollment.infrastructure.pki.validation.TrustAnchorLoader;
import it.cns.enrollment.infrastructure.pki.validation.TrustAnchorRegistry;
import it.cns.enrollment.infrastructure.pki.validation.TrustAnchors;
import it.cns.enrollment.infrastructure.pki.validation.TrustedListDownload;
import it.cns.enrollment.infrastructure.pki.validation.TrustedListNews;
import it.cns.enrollment.infrastructure.pki.validation.TrustedListObserver;
import it.cns.enrollment.infrastructure.pki.validation.UrlConnectionHttpFetcher;
import it.cns.enrollment.infrastructure.pki.validation.ValidationPolicy;
import it.cns.enrollment.infrastructure.pki.validation.ValidationResult;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The trusted CNS issuers and the one validator built on them. Anchors come from a directory of CA
 * certificates and, optionally, from a signed ETSI trusted list - a file, or downloaded from its
 * publisher ({@code CNS_TRUSTED_LIST_URL}) on a timer of its own, in which case the last download
 * that verified takes the file's place; they are reloaded every few minutes (and on demand, and
 * after each new list) without redeploying, and a failed reload keeps the previous anchors.
 * Bean-managed concurrency: validations run in parallel, the registry swaps anchors atomically.
 *
 * <p>Several nodes: each downloads the list for itself (a non-persistent timer per node). That is
 * harmless - every node verifies what it takes, and a conditional GET costs the publisher a 304 -
 * and keeps a node independent of the others and of the database.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CardTrust {

  private static final Logger LOG = Logger.getLogger(CardTrust.class.getName());

  @Inject Clock clock;
  @Inject CardTrustSettings settings;

  /** The revocation meters (infrastructure.metrics), told of every CRL and OCSP exchange. */
  @Inject RevocationObserver revocationObserver;

  /**
   * How often {@link #reload} runs (its {@code @Schedule}); health checks judge staleness by it.
   */
  public static final Duration RELOAD_PERIOD = Duration.ofMinutes(5);

  /** The trusted list download meters (infrastructure.metrics), told of every refresh. */
  @Inject TrustedListObserver trustedListObserver;

  /** Downloads that are news, for the audit trail (application.trust records them). */
  @Inject Event<TrustedListDownloaded> trustedListNews;

  @Resource TimerService timers;

  private final TrustAnchorRegistry registry = TrustAnchorRegistry.empty();
  private CertificateValidator validator;
  private volatile Instant lastSuccessfulReload;
  // The last attempt and why it failed (null: it succeeded), for the supervisors' status page.
  private volatile Instant lastReloadAttempt;
  private volatile String lastReloadFailure;
  private TrustedListDownload download; // null unless CNS_TRUSTED_LIST_URL is set
  private TrustedListNews news; // which refreshes are logged and audited

  @PostConstruct
  void start() {
    ValidationPolicy policy = ValidationPolicy.defaults();
    validator =
        new CertificateValidator(
            policy, registry, clock, UrlConnectionHttpFetcher.of(policy), revocationObserver);
    settings
        .trustedListDownload()
        .ifPresent(
            d -> {
              download =
                  new TrustedListDownload(
                      d.url(),
                      new UrlConnectionHttpFetcher(d.timeout(), d.timeout()),
                      d.maxBytes(),
                      clock);
              news = new TrustedListNews(d.url());
              // The first download right away, then every period; never persisted, per node.
              timers.createIntervalTimer(
                  0L, d.period().toMillis(), new TimerConfig("trusted-list-download", false));
            });
    reload();
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void onTrustedListTimer(Timer timer) {
    refreshTrustedList();
  }

  /**
   * Downloads the trusted list from {@code CNS_TRUSTED_LIST_URL} and, when a new one verifies,
   * reloads the anchors with it; any refusal keeps the list and the anchors in force. One log line
   * and one audit row per new list and per refusal (a refusal repeated word for word is logged and
   * audited once, then logged at FINE until the outcome changes: {@link TrustedListNews}); every
   * refresh is counted by the meters.
   *
   * @return what the refresh did; empty when no download is configured
   */
  public synchronized Optional<TrustedListDownload.Result> refreshTrustedList() {
    if (download == null) {
      return Optional.empty();
    }
    TrustedListDownload.Result result;
    try {
      result = download.refresh(signers());
    } catch (TrustAnchorLoadException e) {
      result =
          new TrustedListDownload.Result(TrustedListDownload.Outcome.NO_SIGNER, e.getMessage());
    }
    TrustedListDownload.Result r = result;
    Optional<TrustedListDownloaded> isNews = news.of(r);
    if (r.outcome() == TrustedListDownload.Outcome.UPDATED) {
      LOG.info(() -> "trusted list downloaded from " + download.url() + ": " + r.detail());
      reload();
    } else if (r.outcome().succeeded()) {
      LOG.fine(() -> "trusted list at " + download.url() + " unchanged: " + r.detail());
    } else if (isNews.isEmpty()) {
      LOG.fine(() -> "trusted list still refused (" + r.outcome() + "): " + r.detail());
    } else {
      LOG.warning(
          () ->
              "trusted list from "
                  + download.url()
                  + " refused ("
                  + r.outcome()
                  + "), the list in force kept: "
                  + r.detail());
    }
    // Counted once the anchors are swapped and the news recorded: a scrape that sees UPDATED sees
    // its issuers in force, and the audit trail has the row of any news counted.
    isNews.ifPresent(this::audit);
    trustedListObserver.refreshed(result.outcome());
    return Optional.of(result);
  }

  /**
   * Hands news to the audit trail. A failure to record it (the database away) is one log line and
   * never stops the downloads; the refusal it was about is in the log already.
   */
  private void audit(TrustedListDownloaded downloaded) {
    try {
      trustedListNews.fire(downloaded);
    } catch (RuntimeException e) {
      LOG.warning(
          () ->
              "trusted list download ("
                  + (downloaded.taken() ? "taken" : downloaded.refusal())
                  + ") not recorded in the audit trail: "
                  + String.valueOf(e).replaceAll("\\s+", " "));
    }
  }

  /** Validates a card certificate at an instant; throws a typed refusal. */
  public ValidationResult validate(
      X509Certificate leaf, List<X509Certificate> chain, Instant at, RevocationMode mode) {
    return validator.validate(leaf, chain, at, mode);
  }

  /** The revocation mode a channel runs with (CNS_REVOCATION_&lt;CHANNEL&gt;, fail-closed). */
  public RevocationMode revocationMode(String channel) {
    return settings.revocationMode(channel);
  }

  /** Reloads the anchors from their sources; on failure the previous ones stay in force. */
  @Schedule(minute = "*/5", hour = "*", persistent = false)
  public ReloadResult reload() {
    ReloadResult result = registry.reload(this::load);
    lastReloadAttempt = clock.instant();
    lastReloadFailure = result.failure().orElse(null);
    if (result.succeeded()) {
      lastSuccessfulReload = clock.instant();
      LOG.info(
          () ->
              "trusted CNS issuers: "
                  + result.current().anchors().size()
                  + " anchors from "
                  + result.current().source());
    } else {
      LOG.warning(
          () ->
              "trusted CNS issuers NOT reloaded, previous ones kept ("
                  + result.current().anchors().size()
                  + "): "
                  + result.failure().orElse("unknown reason"));
    }
    return result;
  }

  public TrustAnchors anchors() {
    return registry.current();
  }

  /** When anchors were last loaded successfully; empty while none ever was. */
  public Optional<Instant> lastSuccessfulReload() {
    return Optional.ofNullable(lastSuccessfulReload);
  }

  /** When a reload was last tried; empty before the first. */
  public Optional<Instant> lastReloadAttempt() {
    return Optional.ofNullable(lastReloadAttempt);
  }

  /** Why the last reload failed (the previous anchors stayed in force); empty if it succeeded. */
  public Optional<String> lastReloadFailure() {
    return Optional.ofNullable(lastReloadFailure);
  }

  private TrustAnchors load() {
    TrustAnchorLoader loader = new TrustAnchorLoader(clock);
    TrustAnchors anchors =
        settings
            .trustDirectory()
            .map(loader::fromDirectory)
            .orElseGet(() -> TrustAnchors.empty("no CNS_TRUST_DIR"));
    // A downloaded list that verified takes the place of the file (which may seed a node until
    // its first download); one that has expired since fails the reload, keeping the anchors.
    Optional<TrustAnchors> downloaded =
        download == null ? Optional.empty() : download.anchors(loader);
    if (downloaded.isPresent()) {
      anchors = anchors.merge(downloaded.get());
    } else if (settings.trustedList().isPresent()) {
      anchors = anchors.merge(loader.fromTrustedList(settings.trustedList().get(), signers()));
    }
    return anchors;
  }

  /** The signer certificates, read at each use so a change-over needs no redeployment. */
  private List<X509Certificate> signers() {
    return TrustAnchorLoader.signers(
        settings
            .trustedListSigner()
            .orElseThrow(
                () ->
                    new TrustAnchorLoadException(
                        "CNS_TRUSTED_LIST_SIGNER is not set: an unverifiable list is never"
                            + " trusted")));
  }
}
