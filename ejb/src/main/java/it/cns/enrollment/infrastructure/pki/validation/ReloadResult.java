package it.cns.enrollment.infrastructure.pki.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link TrustAnchorRegistry#reload} did.
 *
 * @param succeeded whether the new anchors replaced the previous ones
 * @param current the anchors in force after the reload (the previous ones when it failed)
 * @param failure why the reload failed; empty when it succeeded
 */
public record ReloadResult(boolean succeeded, TrustAnchors current, Optional<String> failure) {

  public ReloadResult {
    Objects.requireNonNull(current, "current anchors are required");
    Objects.requireNonNull(failure, "failure is required (may be empty)");
    if (succeeded == failure.isPresent()) {
      throw new IllegalArgumentException("a failure reason is given exactly when reload failed");
    }
  }

  static ReloadResult success(TrustAnchors current) {
    return new ReloadResult(true, current, Optional.empty());
  }

  static ReloadResult failure(TrustAnchors kept, String why) {
    return new ReloadResult(false, kept, Optional.of(why));
  }
}
