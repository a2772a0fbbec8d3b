package it.cns.enrollment.domain.activation;

/**
 * The names the operator typed for the holder and, when someone else acts for them, for the person
 * at the counter, read from the identity documents seen. Printed on the activation form as typed:
 * never looked up elsewhere (an account's name may be missing, outdated or another spelling).
 * Either may be absent (null): a partner's request carries none, and the form then leaves it to be
 * written by hand.
 */
public record PersonNames(String holder, String acting) {

  /** The longest name kept (the columns' width); longer input is refused, not cut. */
  public static final int MAX = 200;

  public static final PersonNames NONE = new PersonNames(null, null);

  /**
   * The names as typed, stripped; blank ones are absent. In the HOLDER case nobody else acts, so
   * the acting person's name is the holder's.
   *
   * @throws ActivationInputException HOLDER_NAME or ACTING_PERSON_NAME, a name too long or holding
   *     control characters
   */
  static PersonNames of(String holder, String acting, ActivationCase activationCase) {
    String h = clean(holder, ActivationInputException.Field.HOLDER_NAME);
    String a =
        activationCase.actedByAnother()
            ? clean(acting, ActivationInputException.Field.ACTING_PERSON_NAME)
            : h;
    return new PersonNames(h, a);
  }

  private static String clean(String s, ActivationInputException.Field field) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String v = s.strip();
    if (v.length() > MAX || v.codePoints().anyMatch(Character::isISOControl)) {
      throw ActivationInputException.name(field, MAX);
    }
    return v;
  }
}
