package it.cns.enrollment.domain.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An audit event's detail as named values, in the order given, written to the trail as {@code
 * key=value; key=value}. Keys are short lower-case names; a null value is left out. Never a secret:
 * only identifiers, codes and what an operator typed as a label.
 */
public final class AuditDetails {

  private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9_.-]{0,39}");

  private final Map<String, String> values;

  private AuditDetails(Map<String, String> values) {
    this.values = values;
  }

  public static AuditDetails none() {
    return new AuditDetails(Map.of());
  }

  public static AuditDetails of(String key, Object value) {
    return none().and(key, value);
  }

  /** These details and one more (replacing a value of the same key). */
  public AuditDetails and(String key, Object value) {
    Objects.requireNonNull(key, "key is required");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("audit detail key " + key);
    }
    if (value == null) {
      return this;
    }
    Map<String, String> more = new LinkedHashMap<>(values);
    more.put(key, String.valueOf(value));
    return new AuditDetails(Collections.unmodifiableMap(more));
  }

  public AuditDetails and(AuditDetails more) {
    AuditDetails all = this;
    for (Map.Entry<String, String> e : more.values.entrySet()) {
      all = all.and(e.getKey(), e.getValue());
    }
    return all;
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  public Map<String, String> asMap() {
    return values;
  }

  /** {@code key=value; key=value}, or null when there is nothing. */
  public String render() {
    if (values.isEmpty()) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    values.forEach(
        (k, v) -> {
          if (s.length() > 0) {
            s.append("; ");
          }
          s.append(k).append('=').append(v);
        });
    return s.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuditDetails other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return String.valueOf(render());
  }
}
