package it.cns.enrollment.interfaces.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The form both password changes share (the citizen's and the operator's): current, new and
 * repeated password, never shown back and wiped after each submit; a mismatch refused here; the
 * service's refusal shown as a page message. A subclass says whom it is for and calls its service.
 */
public abstract class PasswordChangeForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private transient String current;
  private transient String next;
  private transient String repeat;
  private UserMessages.Shown problem;
  private boolean done;

  /** Where to go instead of changing (nothing to change for); null to go on. */
  protected String elsewhere() {
    return null;
  }

  /** The page bundle holding {@code change.mismatch}. */
  protected abstract String bundle();

  /**
   * Asks the service to change the password. The arrays are wiped after it returns.
   *
   * @return whether the password changed (false: the subclass dealt with the refusal)
   */
  protected abstract boolean submit(char[] current, char[] next) throws IOException;

  public String change() throws IOException {
    problem = null;
    try {
      String away = elsewhere();
      if (away != null) {
        return away;
      }
      Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
      if (next == null || !next.equals(repeat)) {
        problem =
            new UserMessages.Shown(
                "PASSWORD_MISMATCH",
                ResourceBundle.getBundle(bundle(), locale).getString("change.mismatch"));
        return null;
      }
      char[] c = chars(current);
      char[] n = chars(next);
      try {
        done = submit(c, n);
      } catch (RuntimeException e) {
        problem = UserMessages.of(e, locale);
      } finally {
        Arrays.fill(c, '\0');
        Arrays.fill(n, '\0');
      }
      return null;
    } finally {
      current = null;
      next = null;
      repeat = null;
    }
  }

  /** Starts a new change: nothing shown from an earlier one. */
  protected void reset() {
    done = false;
  }

  private static char[] chars(String s) {
    return s == null ? new char[0] : s.toCharArray();
  }

  public boolean isDone() {
    return done;
  }

  public UserMessages.Shown getProblem() {
    return problem;
  }

  public String getCurrent() {
    return null;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getNext() {
    return null;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getRepeat() {
    return null;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }
}
