package it.cns.enrollment.domain.error;

import java.util.List;
import java.util.Objects;

/**
 * An {@link ErrorCode#INVALID_REQUEST} that tells the user what exactly is wrong: {@link
 * #problem()} names the problem and {@link #arguments()} fill its text, which the channels find
 * under {@code INVALID_REQUEST.<problem>}. The stable code stays {@code INVALID_REQUEST}. Arguments
 * must never be secrets.
 */
public class InvalidRequestException extends BusinessRefusal {
  private static final long serialVersionUID = 1L;

  private final String problem;
  private final String[] arguments;

  public InvalidRequestException(String problem, String technicalDetail, String... arguments) {
    super(ErrorCode.INVALID_REQUEST, problem + ": " + technicalDetail);
    this.problem = Objects.requireNonNull(problem, "problem is required");
    this.arguments = arguments.clone();
  }

  public String problem() {
    return problem;
  }

  /** The values the problem's text names, e.g. a maximum length or a date. */
  public List<String> arguments() {
    return List.of(arguments);
  }
}
