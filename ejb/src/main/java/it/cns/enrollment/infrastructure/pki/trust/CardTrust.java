package it.cns.enrollment.infrastructure.pki.trust;

import it.cns.enrollment.infrastructure.pki.validation.CertificateValidator;
import it.cns.enrollment.infrastructure.pki.validation.ReloadResult;
import it.cns.enrollment.infrastructure.pki.validation.RevocationMode;
import it.cns.enrollment.infrastructure.pki.validation.RevocationObserver;
import it.cns.enrollment.infrastructure.pki.validation.TrustAnchorLoadException;
import it.cns.enrollment.infrastructure.pki.validation.TrustAnchorLoader;
import it.cns.enrollment.infrastructure.pki.validation.TrustAnchorRegistry;
import it.cns.enrollment.infrastructure.pki.validation.TrustAnchors;
import it.cns.enrollment.infrastructure.pki.validation.UrlConnectionHttpFetcher;
import it.cns.enrollment.infrastructure.pki.validation.ValidationPolicy;
import it.cns.enrollment.infrastructure.pki.validation.ValidationResult;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The trusted CNS issuers and the one validator built on them. Anchors come from a directory of CA
 * certificates and, optionally, from a signed ETSI trusted list; they are reloaded every few
 * minutes (and on demand) without redeploying, and a failed reload keeps the previous anchors.
 * Bean-managed concurrency: validations run in parallel, the registry swaps anchors atomically.
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

  private final TrustAnchorRegistry registry = TrustAnchorRegistry.empty();
  private CertificateValidator validator;
  private volatile Instant lastSuccessfulReload;
  // The last attempt and why it failed (null: it succeeded), for the supervisors' status page.
  private volatile Instant lastReloadAttempt;
  private volatile String lastReloadFailure;

  @PostConstruct
  void start() {
    ValidationPolicy policy = ValidationPolicy.defaults();
    validator =
        new CertificateValidator(
            policy, registry, clock, UrlConnectionHttpFetcher.of(policy), revocationObserver);
    reload();
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
    if (settings.trustedList().isPresent()) {
      Path signer =
          settings
              .trustedListSigner()
              .orElseThrow(
                  () ->
                      new TrustAnchorLoadException(
                          "CNS_TRUSTED_LIST is set but CNS_TRUSTED_LIST_SIGNER is not: an"
                              + " unverifiable list is never trusted"));
      anchors =
          anchors.merge(loader.fromTrustedList(settings.trustedList().get(), certificate(signer)));
    }
    return anchors;
  }

  private static X509Certificate certificate(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    } catch (IOException | CertificateException e) {
      LOG.log(Level.WARNING, "cannot read the trusted list signer " + file, e);
      throw new TrustAnchorLoadException("cannot read the trusted list signer " + file);
    }
  }
}
