package it.cns.enrollment.infrastructure.pki.trust;

import it.cns.enrollment.application.port.CardValidator;
import it.cns.enrollment.application.port.ValidatedCard;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.infrastructure.pki.validation.ValidationResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The application's {@link CardValidator}: {@link CardTrust}'s validator, with the revocation mode
 * configured for the channel ({@code CNS_REVOCATION_<CHANNEL>}, fail-closed by default).
 */
@ApplicationScoped
public class TrustedCardValidator implements CardValidator {

  @Inject CardTrust trust;

  @Override
  public ValidatedCard validate(
      X509Certificate leaf, List<X509Certificate> presented, Instant at, Channel channel) {
    ValidationResult result =
        trust.validate(
            leaf, presented, at, trust.revocationMode(channel.name().toUpperCase(Locale.ROOT)));
    return new ValidatedCard(result.identity(), result.warnings());
  }
}
