package it.cns.enrollment.domain.identity;

/** Sex as encoded in a codice fiscale: women have 40 added to the day of birth. */
public enum Sex {
  MALE,
  FEMALE
}
