package it.cns.enrollment.domain.error;

import java.util.List;
import java.util.Objects;

/**
 * An {@link ErrorCode#INVALID_REQUEST} that names the offending field, so that the caller can tell
 * which value to correct (the SOAP fault carries it as {@code field}, pages in the message), and,
 * when known, why: a message key ({@code problem}) with its arguments, worded by the channel.
 */
public class InvalidFieldException extends BusinessRefusal {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String problem;
  private final List<String> arguments;

  public InvalidFieldException(String field, String technicalDetail) {
    this(field, technicalDetail, null, List.of());
  }

  /**
   * @param problem the message key saying what is wrong, e.g. {@code CodiceFiscale.CHECK_CHARACTER}
   */
  public InvalidFieldException(
      String field, String technicalDetail, String problem, List<String> arguments) {
    super(ErrorCode.INVALID_REQUEST, field + ": " + technicalDetail);
    this.field = Objects.requireNonNull(field, "field is required");
    this.problem = problem;
    this.arguments = List.copyOf(arguments);
  }

  /** Where the bad value is, e.g. {@code /activateTsCns/request/confirmedDocument}. */
  public String field() {
    return field;
  }

  /** The message key of what is wrong with the value; null when only the field is known. */
  public String problem() {
    return problem;
  }

  /** The arguments of {@link #problem()}'s message. */
  public List<String> arguments() {
    return arguments;
  }
}
