package it.cns.enrollment.infrastructure.pki.validation;

import static it.cns.enrollment.infrastructure.pki.validation.TestPki.FOREIGN;
import static it.cns.enrollment.infrastructure.pki.validation.TestPki.ROOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.cns.enrollment.domain.identity.CertificateRefusal;
import it.cns.enrollment.domain.identity.CertificateRefusedException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustAnchorRegistryTest {

  private static TrustAnchors only(java.security.cert.X509Certificate root, String source) {
    return TrustAnchors.of(List.of(root), List.of(), source, Instant.now(), List.of());
  }

  private final TrustAnchorRegistry registry = new TrustAnchorRegistry(TestPki.anchors());

  @Test
  void replacesTheAnchorsOnASuccessfulReload() {
    TrustAnchors foreign = only(FOREIGN.certificate(), "foreign");

    ReloadResult result = registry.reload(() -> foreign);

    assertThat(result.succeeded()).isTrue();
    assertThat(result.failure()).isEmpty();
    assertThat(registry.current()).isSameAs(foreign);
  }

  @Test
  void keepsThePreviousAnchorsWhenAReloadFailsAndSaysWhy() {
    TrustAnchors before = registry.current();

    ReloadResult result =
        registry.reload(
            () -> {
              throw new TrustedListException(TrustedListException.Reason.BAD_SIGNATURE, "tampered");
            });

    assertThat(result.succeeded()).isFalse();
    assertThat(result.failure()).get().asString().contains("BAD_SIGNATURE");
    assertThat(result.current()).isSameAs(before);
    assertThat(registry.current()).isSameAs(before);
  }

  @Test
  void keepsThePreviousAnchorsWhenAReloadYieldsNone() {
    TrustAnchors before = registry.current();

    ReloadResult result = registry.reload(() -> TrustAnchors.empty("empty list"));

    assertThat(result.succeeded()).isFalse();
    assertThat(registry.current()).isSameAs(before);
  }

  @Test
  void aValidatorSeesAReloadAtOnce() {
    CertificateValidator validator =
        new CertificateValidator(ValidationPolicy.defaults(), registry, TestPki.systemClock());
    var card = TestPki.card(TestPki.profile());
    assertThat(validator.validate(card, List.of(), Instant.now(), RevocationMode.FAIL_OPEN))
        .isNotNull();

    registry.reload(() -> only(FOREIGN.certificate(), "foreign only"));

    CertificateRefusedException e =
        catchThrowableOfType(
            CertificateRefusedException.class,
            () -> validator.validate(card, List.of(), Instant.now(), RevocationMode.FAIL_OPEN));
    assertThat(e.refusal()).isEqualTo(CertificateRefusal.UNTRUSTED_ISSUER);
    assertThat(ROOT.certificate()).isNotIn(registry.current().anchorCertificates());
  }
}
