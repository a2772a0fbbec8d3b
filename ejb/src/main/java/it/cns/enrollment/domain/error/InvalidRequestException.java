package it.cns.enrollment.domain.error;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * An {@link ErrorCode#INVALID_REQUEST} that tells the user what exactly is wrong: the message is
 * {@code INVALID_REQUEST.<problem>} of the {@code ErrorMessages} bundle (a {@link MessageFormat}
 * pattern filled with the arguments). The stable code stays {@code INVALID_REQUEST}; {@link
 * #problem()} names the problem for tests and logs. Arguments must never be secrets.
 */
public class InvalidRequestException extends EnrollmentException {
  private static final long serialVersionUID = 1L;

  private static final String BUNDLE = "it.cns.enrollment.domain.error.ErrorMessages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

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

  @Override
  public String messageFor(Locale locale) {
    return text(problem, locale, arguments);
  }

  /** The text of a problem in the given language (Italian when the language is unknown). */
  public static String text(String problem, Locale locale, String... arguments) {
    String pattern =
        ResourceBundle.getBundle(
                BUNDLE, locale, InvalidRequestException.class.getClassLoader(), NO_FALLBACK)
            .getString(ErrorCode.INVALID_REQUEST.name() + "." + problem);
    return new MessageFormat(pattern, locale)
        .format(Arrays.copyOf(arguments, arguments.length, Object[].class));
  }
}
