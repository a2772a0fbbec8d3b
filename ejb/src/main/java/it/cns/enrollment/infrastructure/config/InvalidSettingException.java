package it.cns.enrollment.infrastructure.config;

/**
 * A setting whose value cannot be used; the message names the setting and the value (never a
 * secret's), so that the deployment fails saying what to fix.
 */
public class InvalidSettingException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public InvalidSettingException(String message) {
    super(message);
  }

  public InvalidSettingException(String message, Throwable cause) {
    super(message, cause);
  }
}
