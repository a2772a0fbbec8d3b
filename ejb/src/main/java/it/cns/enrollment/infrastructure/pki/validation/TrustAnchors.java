package it.cns.enrollment.infrastructure.pki.validation;

import java.security.GeneralSecurityException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable snapshot of what is trusted: anchor certificates (where a path may end) and
 * intermediate CA certificates (usable to build a path to an anchor, trusted only through it), with
 * where they came from, when, and what was skipped while loading.
 */
public final class TrustAnchors {

  private final List<X509Certificate> anchorCertificates;
  private final Set<TrustAnchor> anchors;
  private final List<X509Certificate> intermediates;
  private final String source;
  private final Instant loadedAt;
  private final List<String> warnings;
  private final CertStore intermediateStore;

  private TrustAnchors(
      Collection<X509Certificate> anchorCertificates,
      Collection<X509Certificate> intermediates,
      String source,
      Instant loadedAt,
      List<String> warnings) {
    // Equal certificates (same encoding) collapse; an anchor is never also an intermediate.
    Set<X509Certificate> anchorSet = new LinkedHashSet<>(anchorCertificates);
    Set<X509Certificate> intermediateSet = new LinkedHashSet<>(intermediates);
    intermediateSet.removeAll(anchorSet);
    this.anchorCertificates = List.copyOf(anchorSet);
    this.intermediates = List.copyOf(intermediateSet);
    Set<TrustAnchor> set = new LinkedHashSet<>();
    for (X509Certificate c : this.anchorCertificates) {
      set.add(new TrustAnchor(c, null));
    }
    this.anchors = Collections.unmodifiableSet(set);
    this.source = Objects.requireNonNull(source, "source is required");
    this.loadedAt = Objects.requireNonNull(loadedAt, "loadedAt is required");
    this.warnings = List.copyOf(warnings);
    try {
      // Built once per snapshot: path building looks intermediates up here on every validation.
      this.intermediateStore =
          CertStore.getInstance(
              "Collection", new CollectionCertStoreParameters(this.intermediates));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK's Collection CertStore is unavailable", e);
    }
  }

  /**
   * A snapshot of the given certificates.
   *
   * @param anchorCertificates where paths may end (need not be self-signed)
   * @param intermediates CA certificates that only help build paths
   * @param source human-readable origin, e.g. a directory or a list's URL and sequence number
   * @param loadedAt when they were read
   * @param warnings what was skipped and why
   */
  public static TrustAnchors of(
      Collection<X509Certificate> anchorCertificates,
      Collection<X509Certificate> intermediates,
      String source,
      Instant loadedAt,
      List<String> warnings) {
    Objects.requireNonNull(anchorCertificates, "anchor certificates are required");
    Objects.requireNonNull(intermediates, "intermediates are required (may be empty)");
    Objects.requireNonNull(warnings, "warnings are required (may be empty)");
    return new TrustAnchors(anchorCertificates, intermediates, source, loadedAt, warnings);
  }

  /** No anchors: every certificate is untrusted. */
  public static TrustAnchors empty(String source) {
    return new TrustAnchors(List.of(), List.of(), source, Instant.EPOCH, List.of());
  }

  /** This snapshot and another together, e.g. the directory and the trusted list. */
  public TrustAnchors merge(TrustAnchors other) {
    Objects.requireNonNull(other, "other anchors are required");
    List<X509Certificate> a = new ArrayList<>(anchorCertificates);
    a.addAll(other.anchorCertificates);
    List<X509Certificate> i = new ArrayList<>(intermediates);
    i.addAll(other.intermediates);
    List<String> w = new ArrayList<>(warnings);
    w.addAll(other.warnings);
    Instant latest = loadedAt.isAfter(other.loadedAt) ? loadedAt : other.loadedAt;
    return new TrustAnchors(a, i, source + " + " + other.source, latest, w);
  }

  /** For {@code PKIXBuilderParameters}. */
  public Set<TrustAnchor> anchors() {
    return anchors;
  }

  public List<X509Certificate> anchorCertificates() {
    return anchorCertificates;
  }

  public List<X509Certificate> intermediates() {
    return intermediates;
  }

  /** Anchors then intermediates. */
  public List<X509Certificate> certificates() {
    List<X509Certificate> all = new ArrayList<>(anchorCertificates);
    all.addAll(intermediates);
    return List.copyOf(all);
  }

  public String source() {
    return source;
  }

  public Instant loadedAt() {
    return loadedAt;
  }

  public List<String> warnings() {
    return warnings;
  }

  public boolean isEmpty() {
    return anchors.isEmpty();
  }

  CertStore intermediateStore() {
    return intermediateStore;
  }

  @Override
  public String toString() {
    return "TrustAnchors["
        + anchors.size()
        + " anchors, "
        + intermediates.size()
        + " intermediates from "
        + source
        + " at "
        + loadedAt
        + (warnings.isEmpty() ? "" : ", " + warnings.size() + " warnings")
        + "]";
  }
}
