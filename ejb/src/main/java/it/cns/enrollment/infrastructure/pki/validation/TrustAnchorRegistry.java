package it.cns.enrollment.infrastructure.pki.validation;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The trust anchors in force, replaceable at run time. Readers get an immutable snapshot without
 * locking; a reload that fails, or that would leave no anchor at all, keeps the previous snapshot,
 * because locking every citizen out is worse than trusting yesterday's list a little longer.
 */
public final class TrustAnchorRegistry implements Supplier<TrustAnchors> {

  private final AtomicReference<TrustAnchors> current;
  private final Object reloadLock = new Object();

  public TrustAnchorRegistry(TrustAnchors initial) {
    this.current = new AtomicReference<>(Objects.requireNonNull(initial, "anchors are required"));
  }

  /** A registry with no anchors yet: everything is untrusted until the first reload succeeds. */
  public static TrustAnchorRegistry empty() {
    return new TrustAnchorRegistry(TrustAnchors.empty("nothing loaded yet"));
  }

  public TrustAnchors current() {
    return current.get();
  }

  @Override
  public TrustAnchors get() {
    return current();
  }

  /**
   * Loads new anchors and, if that works and yields at least one anchor, makes them current.
   * Reloads are serialised so that a slow one cannot overwrite a later one. Never throws for a
   * loader failure: the result says what happened.
   */
  public ReloadResult reload(Supplier<TrustAnchors> loader) {
    Objects.requireNonNull(loader, "loader is required");
    synchronized (reloadLock) {
      TrustAnchors loaded;
      try {
        loaded = loader.get();
      } catch (RuntimeException e) {
        return ReloadResult.failure(current.get(), "reload failed, previous anchors kept: " + e);
      }
      if (loaded == null || loaded.anchors().isEmpty()) {
        return ReloadResult.failure(
            current.get(), "reload yielded no trust anchor, previous anchors kept");
      }
      current.set(loaded);
      return ReloadResult.success(loaded);
    }
  }
}
