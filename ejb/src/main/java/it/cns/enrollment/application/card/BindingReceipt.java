package it.cns.enrollment.application.card;

import it.cns.enrollment.domain.account.AccountType;
import it.cns.enrollment.domain.account.EntratelSite;
import it.cns.enrollment.domain.card.SmartcardBinding;
import java.time.Instant;

/** What a card binding produced, for the confirmation page and the SOAP answer. */
public record BindingReceipt(
    String codiceFiscale,
    AccountType accountType,
    String entratelSite,
    String cardIssuer,
    String maskedCardId,
    String certificateSerial,
    Instant boundAt) {

  public static BindingReceipt of(SmartcardBinding binding) {
    return new BindingReceipt(
        binding.account().codiceFiscale().toString(),
        binding.account().type(),
        binding.site().map(EntratelSite::code).orElse(null),
        binding.cardIssuerName(),
        binding.maskedCardId(),
        binding.certificateSerial(),
        binding.boundAt());
  }
}
