package it.cns.enrollment.domain.account;

import java.util.List;
import java.util.Objects;

/**
 * A row of the import file refused, naming the field (null: the whole record) and why. For {@link
 * ImportProblem#CF_INVALID}, {@code detail} is the codice fiscale's own problem (as {@code
 * InvalidCodiceFiscaleException#problem()}); arguments fill the text, never a secret.
 */
public record ImportRefusal(
    int row, ImportField field, ImportProblem problem, String detail, List<String> arguments) {

  public ImportRefusal {
    Objects.requireNonNull(problem, "problem is required");
    arguments = List.copyOf(arguments);
  }

  static ImportRefusal of(int row, ImportField field, ImportProblem problem, String... arguments) {
    return new ImportRefusal(row, field, problem, null, List.of(arguments));
  }
}
