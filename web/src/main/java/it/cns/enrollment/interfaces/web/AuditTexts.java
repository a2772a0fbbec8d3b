package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.audit.AuditDetails;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Audit events in the page's language, for the supervisors' trail and the counter's look-up: the
 * outcome code in words ({@code auditOutcome.*}), and the detail's named values one per line with
 * their names in words ({@code auditDetail.*}) and, where a value is a code of a known enum (a
 * role, a revocation reason, a case), the value in words too ({@link Messages#detailValue}). The
 * recorded code and key stay on the page beside the words, for supervisors who search the trail by
 * code.
 */
@Named("auditTexts")
@RequestScoped
public class AuditTexts {

  /**
   * A value of a detail: its recorded key, the key in words, the value as recorded, and the value
   * in words (the recorded value itself when it is not a code the texts know).
   */
  public record Detail(String key, String label, String value, String text) {

    /** Whether the value was worded, so the page shows the recorded code beside the words. */
    public boolean worded() {
      return !Objects.equals(value, text);
    }
  }

  public String outcome(String code) {
    return code == null ? "" : texts().outcome(code);
  }

  /** The detail's pairs in words; empty when it is not made of pairs (shown as recorded then). */
  public List<Detail> details(String detail) {
    Messages texts = texts();
    return AuditDetails.parse(detail).stream()
        .map(
            (Map.Entry<String, String> e) ->
                new Detail(
                    e.getKey(),
                    texts.detailLabel(e.getKey()),
                    e.getValue(),
                    texts.detailValue(e.getKey(), e.getValue())))
        .toList();
  }

  private static Messages texts() {
    return Messages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }
}
