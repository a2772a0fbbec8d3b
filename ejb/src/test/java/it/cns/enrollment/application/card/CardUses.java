package it.cns.enrollment.application.card;

import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.domain.activation.TsCnsActivationRepository;
import it.cns.enrollment.domain.card.SmartcardBindingRepository;

/** The card use cases' shared helper, wired over fakes as the container would inject it. */
final class CardUses {

  private CardUses() {}

  static CardUse of(
      SmartcardBindingRepository bindings,
      TsCnsActivationRepository activations,
      AuditRecorder audit,
      Caller caller) {
    CardUse use = new CardUse();
    use.bindings = bindings;
    use.activations = activations;
    use.audit = audit;
    use.caller = caller;
    return use;
  }
}
